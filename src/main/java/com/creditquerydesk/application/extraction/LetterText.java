package com.creditquerydesk.application.extraction;

import com.creditquerydesk.domain.model.extraction.ExtractionResult;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small readings of letter text the extractor needs now. Each will give way to a domain value object
 * (marked TODO(lead)); until then they live here, in one place, so the swap is one edit per method.
 */
final class LetterText {

    /** Letters OCR reads for digits (DOMAIN.md): O/o/D→0, I/l/|/i→1, Z→2, S→5, G/b→6, B→8, g/q→9. */
    private static final String CONFUSED = "OoDIl|iZSGbBgq";
    private static final String MEANT = "00011112566899";
    /** One digit as OCR may have read it. */
    static final String DIGIT = "[0-9" + CONFUSED + "]";

    private static final Pattern ID_RUN = Pattern.compile("[0-9A-Za-z|×乂]{15,19}");
    private static final Pattern ARABIC_DATE =
            Pattern.compile("(" + DIGIT + "{4})年(" + DIGIT + "{1,2})月(" + DIGIT + "{1,2})日");
    private static final Pattern CHINESE_DATE =
            Pattern.compile("([〇零○O0一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");
    private static final Pattern NUMBER_IN_BRACKETS = Pattern.compile(
            "([\\[(（【﹝〔［])(" + DIGIT + "{4})([\\])）】﹞〕］])(第?)(" + DIGIT + "{1,6})号");

    private LetterText() {
    }

    /** Drops whitespace (OCR and typists space Chinese text freely) and folds full-width digits. */
    static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            b.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return b.toString();
    }

    /** Undoes the letter-for-digit misreads in a string known to be numeric. */
    static String digits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            int k = CONFUSED.indexOf(c);
            out.append(k >= 0 ? MEANT.charAt(k) : c);
        }
        return out.toString();
    }

    // TODO(lead): use IdNumberRepair
    /**
     * Normalised text with ID numbers made readable: in a run of 15–19 digit-like characters with at most
     * three non-digits, the misreads are undone and a final x/×/乂 becomes X. Maps character for character
     * (only whitespace is dropped), so indexes into the normalised text stay valid.
     */
    static String idText(String s) {
        String text = normalise(s);
        Matcher m = ID_RUN.matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (m.find()) {
            String run = m.group();
            if (run.chars().filter(c -> c >= '0' && c <= '9').count() < run.length() - 3) {
                continue;
            }
            String fixed = digits(run);
            char last = run.charAt(run.length() - 1);
            if (last == 'x' || last == '×' || last == '乂') {
                fixed = fixed.substring(0, fixed.length() - 1) + 'X';
            }
            out.replace(m.start(), m.end(), fixed);
        }
        return out.toString();
    }

    // TODO(lead): use PersonName
    /** A name as read: no spaces; a dot between Chinese characters (• ・ . ．) is the name dot ·. */
    static String personName(String s) {
        return normalise(s).replaceAll("(?<=\\p{IsHan})[•・.．·](?=\\p{IsHan})", "·").replaceAll("^·+|·+$", "");
    }

    // TODO(lead): use PhoneNumber
    static String phone(String s) {
        return digits(s).replace('－', '-').replace('—', '-').replace('（', '(').replace('）', ')');
    }

    /** The year and serial of a document number read as digits, so that 〔2O26〕1l2号 is found. */
    static String documentNumberDigits(String text) {
        Matcher m = NUMBER_IN_BRACKETS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(
                    m.group(1) + digits(m.group(2)) + m.group(3) + m.group(4) + digits(m.group(5)) + "号"));
        }
        m.appendTail(out);
        return out.toString();
    }

    // TODO(lead): use QueryKind
    static String queryKind(String titleAndBody) {
        if (titleAndBody.contains("事业单位")) {
            return ExtractionResult.PUBLIC_INSTITUTION;
        }
        if (titleAndBody.contains("公务员") || titleAndBody.contains("调任")) {
            return ExtractionResult.CIVIL_SERVICE;
        }
        return ExtractionResult.OTHER;
    }

    /** A date found in a line, and where it starts (the text before it may be the unit's name). */
    record DateMatch(LocalDate date, int start) {
    }

    // TODO(lead): use ChineseDates
    /** 2026年3月5日 or 二〇二六年三月五日 (digits possibly misread); empty when none or not a real date. */
    static Optional<DateMatch> date(String text) {
        Matcher a = ARABIC_DATE.matcher(text);
        if (a.find()) {
            return date(Integer.parseInt(digits(a.group(1))), Integer.parseInt(digits(a.group(2))),
                    Integer.parseInt(digits(a.group(3))), a.start());
        }
        Matcher c = CHINESE_DATE.matcher(text);
        if (c.find()) {
            StringBuilder year = new StringBuilder();
            for (char ch : c.group(1).toCharArray()) {
                year.append("〇零○O0".indexOf(ch) >= 0 ? 0 : "一二三四五六七八九".indexOf(ch) + 1);
            }
            return date(Integer.parseInt(year.toString()), chineseNumber(c.group(2)), chineseNumber(c.group(3)), c.start());
        }
        return Optional.empty();
    }

    private static Optional<DateMatch> date(int y, int m, int d, int start) {
        try {
            return Optional.of(new DateMatch(LocalDate.of(y, m, d), start));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** 一 … 三十一. */
    private static int chineseNumber(String s) {
        String digits = "一二三四五六七八九";
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digits.indexOf(s.charAt(0)) + 1;
        }
        int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0)) + 1;
        int ones = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(ten + 1)) + 1;
        return tens * 10 + ones;
    }
}
