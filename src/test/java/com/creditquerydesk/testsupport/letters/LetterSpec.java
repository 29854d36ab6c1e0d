package com.creditquerydesk.testsupport.letters;

import java.time.LocalDate;
import java.util.List;

/**
 * Ground truth of one generated request letter (seed 000 附件1, seed 001 附件1/附件2): what an extractor
 * must read back. {@code chineseNumeralDate} only changes how the date is printed (二〇二六年三月五日).
 *
 * @param queryKind civil-service, public-institution or other
 */
public record LetterSpec(long seed, String queryKind, String title, String body, String docNumber,
                         String addressee, String senderUnit, LocalDate letterDate, boolean chineseNumeralDate,
                         String contactName, String contactPhone, List<CandidateSpec> candidates) {

    public LetterSpec {
        candidates = List.copyOf(candidates);
    }

    public record CandidateSpec(String name, String idNumber) {
    }

    /** The date line as printed on the letter. */
    public String dateText() {
        if (!chineseNumeralDate) {
            return letterDate.getYear() + "年" + letterDate.getMonthValue() + "月" + letterDate.getDayOfMonth() + "日";
        }
        StringBuilder year = new StringBuilder();
        for (char c : String.valueOf(letterDate.getYear()).toCharArray()) {
            year.append("〇一二三四五六七八九".charAt(c - '0'));
        }
        return year + "年" + chineseNumber(letterDate.getMonthValue()) + "月" + chineseNumber(letterDate.getDayOfMonth()) + "日";
    }

    public String contactText() {
        return "联系人：" + contactName + "，电话：" + contactPhone;
    }

    private static String chineseNumber(int n) {
        String digits = "〇一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        return (n >= 20 ? String.valueOf(digits.charAt(n / 10)) : "") + "十" + (n % 10 == 0 ? "" : digits.charAt(n % 10));
    }
}
