package com.creditquerydesk.domain.model.reading;

import com.creditquerydesk.domain.model.candidate.DigitMisreads;
import com.creditquerydesk.domain.model.candidate.PersonName;
import com.creditquerydesk.domain.model.letter.ChineseDates;
import com.creditquerydesk.domain.model.letter.PhoneNumber;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OCR side of reading letter text: whitespace, full-width digits and letters read for digits. What a
 * date, a name or a phone number is, the domain value objects decide (ChineseDates, PersonName, PhoneNumber);
 * this class only prepares OCR text for them and finds where a value starts on its line.
 */
final class LetterText {

    /** Letters OCR reads for digits ({@link DigitMisreads}). */
    private static final String CONFUSED = DigitMisreads.LETTERS;
    /** One digit as OCR may have read it. */
    static final String DIGIT = "[0-9" + CONFUSED + "]";

    /** An ID number as read: digits with misread letters, a final x/×/乂 (IdNumberRepair decides what it is). */
    private static final Pattern ID_RUN = Pattern.compile("[0-9A-Za-z|×乂]{15,19}");
    /** Fewer digits than this in a run and it is not an ID (a 4 read as A still leaves 17). */
    private static final int ID_MIN_DIGITS = 14;
    /**
     * The seal lies over the date: OCR reads its strokes as a stray mark before or inside the date (a digit
     * before the year, a dot between the parts) and the half-covered 日 as 曰, 白 or 目.
     */
    private static final String STRAY = "[^0-9" + CONFUSED + "年月日]?"; // a misread digit is a digit, not a mark
    private static final String DAY_END = "[日曰白目]";
    private static final Pattern MISREAD_DATE = Pattern.compile("\\d?(" + DIGIT + "{4})" + STRAY + "年" + STRAY + "("
            + DIGIT + "{1,2})" + STRAY + "月" + STRAY + "(" + DIGIT + "{1,2})" + STRAY + DAY_END);
    private static final Pattern MISREAD_CHINESE_DAY = Pattern.compile("(月[一二三四五六七八九十]{1,3})" + DAY_END);
    /** Where a date written by any of ChineseDates' forms starts: its year. */
    private static final Pattern DATE_START =
            Pattern.compile("(?<!\\d)(?:\\d{4}|[〇○◯OoＯ零0一二三四五六七八九]{4})\\s*(?:年|[./\\-]\\d)");
    private static final String OPEN = "[\\[(（【﹝〔［]";
    private static final String CLOSE = "[\\])）】﹞〕］]";
    /** OCR sometimes reads one bracket twice (〔〔2026〕): a doubled bracket counts as one. */
    private static final Pattern NUMBER_IN_BRACKETS = Pattern.compile(
            "(" + OPEN + ")" + OPEN + "?(" + DIGIT + "{4})(" + CLOSE + ")" + CLOSE + "?(第?)(" + DIGIT + "{1,6})号");

    /**
     * Fixed words of the names of the bodies that send these letters. On noisy scans OCR misreads one of
     * their characters (办 as 苏, 政 as 文, 源 as 原); with the rest of the word read, only the word fits.
     */
    private static final List<String> UNIT_WORDS = List.of("人民政府", "人力资源和社会保障", "办公室", "办公厅");

    private LetterText() {
    }

    /**
     * A unit's name as read, with one misread character in any of its {@link #UNIT_WORDS} undone; a run that
     * is itself one of them stays (办公厅 is not a misread 办公室).
     */
    static String unitName(String s) {
        StringBuilder name = new StringBuilder(s);
        for (String word : UNIT_WORDS) {
            for (int i = 0; i + word.length() <= name.length(); i++) {
                String run = name.substring(i, i + word.length());
                if (!UNIT_WORDS.contains(run) && differences(run, word) == 1) {
                    name.replace(i, i + word.length(), word);
                }
            }
        }
        return name.toString();
    }

    private static int differences(String a, String b) {
        int n = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                n++;
            }
        }
        return n;
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
        return DigitMisreads.undo(s);
    }

    /**
     * The first ID number in normalised text, exactly as read (misreads included, for IdNumberRepair and for
     * the clerk): a run of 15–19 letters and digits of which at least 14 are digits.
     */
    static Optional<MatchResult> idRun(CharSequence text) {
        Matcher m = ID_RUN.matcher(text);
        while (m.find()) {
            if (m.group().chars().filter(c -> c >= '0' && c <= '9').count() >= ID_MIN_DIGITS) {
                return Optional.of(m.toMatchResult());
            }
        }
        return Optional.empty();
    }

    /**
     * A name as read, in PersonName's normal form (spaces gone, dot variants made ·); a dot OCR left at
     * either end (from a serial such as "1.") is not part of the name.
     */
    static String personName(String s) {
        String n = PersonName.normalise(s);
        int from = 0;
        int to = n.length();
        while (from < to && n.charAt(from) == PersonName.MIDDLE_DOT) {
            from++;
        }
        while (to > from && n.charAt(to - 1) == PersonName.MIDDLE_DOT) {
            to--;
        }
        return n.substring(from, to);
    }

    /** The phone number in PhoneNumber's form once misread digits are undone, else the text as read. */
    static String phone(String s) {
        String read = digits(s);
        return PhoneNumber.find(read).map(PhoneNumber::value).orElse(read);
    }

    /**
     * The year and serial of a document number read as digits, so that 〔2O26〕1l2号 is found; a doubled
     * bracket is written once.
     */
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

    /** A date found in a line, and where it starts (the text before it may be the unit's name). */
    record DateMatch(LocalDate date, int start) {
    }

    /**
     * The first real date in normalised text (ChineseDates' forms), with misreads undone first: digits in
     * 2O26年3月5日, a seal's stray mark, 曰 for 日; empty when none or not a real date.
     */
    static Optional<DateMatch> date(String text) {
        Matcher misread = MISREAD_DATE.matcher(MISREAD_CHINESE_DAY.matcher(text).replaceAll("$1日"));
        StringBuilder fixed = new StringBuilder();
        while (misread.find()) {
            misread.appendReplacement(fixed, Matcher.quoteReplacement(digits(misread.group(1)) + "年"
                    + digits(misread.group(2)) + "月" + digits(misread.group(3)) + "日"));
        }
        misread.appendTail(fixed);
        Optional<LocalDate> date = ChineseDates.find(fixed.toString());
        if (date.isEmpty()) {
            return Optional.empty();
        }
        Matcher start = DATE_START.matcher(fixed);
        return Optional.of(new DateMatch(date.get(), start.find() ? start.start() : 0));
    }
}
