package com.creditquerydesk.domain.model.letter;

import com.creditquerydesk.domain.shared.DomainException;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as written on letters: 2026年3月5日, 2026年03月05日, 二〇二六年三月五日 (with 〇 ○ O 零 for zero),
 * 2026.3.5, 2026-03-05, 2026/3/5; full-width digits and spaces between the parts (OCR) are tolerated.
 * {@link #format} writes the GB/T 9704 form: Arabic numerals without leading zeros, 2026年3月5日.
 */
public final class ChineseDates {

    private static final String CN_DIGIT = "〇○◯OoＯ零0一二三四五六七八九";
    private static final String CN_MONTH = "十[一二]?|[一二三四五六七八九]";
    private static final String CN_DAY = "[二]?十[一二三四五六七八九]?|三十[一]?|[一二三四五六七八九]";
    private static final Pattern ARABIC = Pattern.compile(
            "(?<!\\d)(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<!\\d)(\\d{4})([./\\-])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
    private static final Pattern CHINESE = Pattern.compile(
            "([" + CN_DIGIT + "]{4})\\s*年\\s*(" + CN_MONTH + ")\\s*月\\s*(" + CN_DAY + ")\\s*日");
    private static final List<Pattern> PATTERNS = List.of(ARABIC, CHINESE, NUMERIC);

    private ChineseDates() {
    }

    /** Parses a whole string as one date; anything else, or an impossible date, is a DomainException. */
    public static LocalDate parse(String raw) {
        String s = prepare(raw).strip();
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(s);
            if (m.matches()) {
                return toDate(m, p).orElseThrow(() -> invalid("日期不存在：" + raw.strip(), "no such date: " + raw.strip()));
            }
        }
        throw invalid("无法识别的日期格式，应如2026年3月5日", "unrecognised date; expected e.g. 2026年3月5日");
    }

    /** The first real date in running text (an OCR line); impossible dates such as 2026年2月30日 are skipped. */
    public static Optional<LocalDate> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = prepare(text);
        int bestStart = Integer.MAX_VALUE;
        LocalDate best = null;
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(s);
            while (m.find() && m.start() < bestStart) {
                Optional<LocalDate> d = toDate(m, p);
                if (d.isPresent()) {
                    bestStart = m.start();
                    best = d.get();
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** GB/T 9704: 2026年3月5日, no leading zeros. */
    public static String format(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String prepare(String raw) {
        if (raw == null) {
            throw invalid("日期为空", "the date is empty");
        }
        return Normalizer.normalize(raw, Normalizer.Form.NFKC);
    }

    private static Optional<LocalDate> toDate(Matcher m, Pattern p) {
        int year;
        int month;
        int day;
        if (p == CHINESE) {
            year = 0;
            for (char c : m.group(1).toCharArray()) {
                year = year * 10 + cnDigit(c);
            }
            month = cnNumber(m.group(2));
            day = cnNumber(m.group(3));
        } else if (p == NUMERIC) {
            year = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(3));
            day = Integer.parseInt(m.group(4));
        } else {
            year = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(2));
            day = Integer.parseInt(m.group(3));
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** 〇/○/O/零/0 → 0, 一…九 → 1…9. */
    private static int cnDigit(char c) {
        int i = "一二三四五六七八九".indexOf(c);
        return i >= 0 ? i + 1 : 0;
    }

    /** 1–31 written as 五, 十, 十二, 二十, 二十三, 三十一. */
    private static int cnNumber(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) {
            return cnDigit(s.charAt(0));
        }
        int tens = ten == 0 ? 1 : cnDigit(s.charAt(0));
        int units = ten == s.length() - 1 ? 0 : cnDigit(s.charAt(ten + 1));
        return tens * 10 + units;
    }

    private static DomainException invalid(String zh, String en) {
        return new DomainException("DATE_INVALID", zh, en);
    }
}
