package com.creditquerydesk.testsupport.letters;

import java.time.LocalDate;
import java.util.List;

/**
 * Ground truth of one generated request letter (docs/domain.md#templates): what an extractor
 * must read back. {@code chineseNumeralDate}, {@code extraColumns} and {@code letterhead} only change the
 * printing: the date as 二〇二六年三月五日; a list with 性别 and 拟任职位 columns besides 姓名 and 身份证号码, as
 * many offices send; the 信函格式 head (red issuer name and rules, the number flush right above the title).
 *
 * @param queryKind civil-service, public-institution or other
 */
public record LetterSpec(long seed, String queryKind, String title, String body, String docNumber,
                         String addressee, String senderUnit, LocalDate letterDate, boolean chineseNumeralDate,
                         String contactName, String contactPhone, List<CandidateSpec> candidates,
                         boolean extraColumns, boolean letterhead) {

    public LetterSpec {
        candidates = List.copyOf(candidates);
    }

    public record CandidateSpec(String name, String idNumber) {
    }

    private static final String[] POSTS = {"科员", "一级科员", "四级主任科员", "教师", "会计", "医师", "办事员"};

    /** The list's header row as printed. */
    public List<String> tableHeader() {
        return extraColumns ? List.of("序号", "姓名", "性别", "公民身份号码", "拟任职位") : List.of("序号", "姓名", "身份证号码");
    }

    /** The printed cells of the list's row for candidate {@code index} (0-based). */
    public List<String> tableRow(int index) {
        CandidateSpec c = candidates.get(index);
        String number = String.valueOf(index + 1);
        if (!extraColumns) {
            return List.of(number, c.name(), c.idNumber());
        }
        String sex = (c.idNumber().charAt(16) - '0') % 2 == 1 ? "男" : "女";
        return List.of(number, c.name(), sex, c.idNumber(), POSTS[Math.floorMod(c.idNumber().hashCode(), POSTS.length)]);
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

    /** How offices write the contact line (docs/rules.md#R71); the seed picks one. */
    private static final String[] CONTACT_FORMS = {"联系人：%s，电话：%s", "联系人：%s　联系电话：%s", "联系人：%s；联系电话：%s",
            "联系人及电话：%s，%s", "联系人：%s（电话：%s）", "（联系人：%s，联系电话：%s）", "联系人：%s，联系方式：%s",
            "联系人：%s　　电话：%s", "联系人：%s　%s", "联系人　%s　联系电话　%s", "联系人：%s，联系电话：%s"};

    public String contactText() {
        return CONTACT_FORMS[(int) Math.floorMod(seed * 31 + 3, (long) CONTACT_FORMS.length)].formatted(contactName, contactPhone);
    }

    /**
     * The document number as printed: mostly with 〔〕, some typists use 【】 or [ ] (read back as 〔〕,
     * DocumentNumber's normal form).
     */
    public String docNumberText() {
        return switch ((int) Math.floorMod(seed * 13 + 1, 6L)) {
            case 0 -> docNumber.replace('〔', '【').replace('〕', '】');
            case 1 -> docNumber.replace('〔', '[').replace('〕', ']');
            default -> docNumber;
        };
    }

    /** Where the contact line stands; the seed picks it. */
    public enum ContactPlace {
        /** after the body, above the 附件 line */
        AFTER_BODY,
        /** at the end, under the date and the seal */
        UNDER_SEAL,
        /** right above the unit, where the seal's upper half covers its end */
        OVER_SEAL
    }

    public ContactPlace contactPlace() {
        return switch ((int) Math.floorMod(seed * 17 + 5, 5L)) {
            case 0 -> ContactPlace.UNDER_SEAL;
            case 1 -> ContactPlace.OVER_SEAL;
            default -> ContactPlace.AFTER_BODY;
        };
    }

    private static String chineseNumber(int n) {
        String digits = "〇一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        return (n >= 20 ? String.valueOf(digits.charAt(n / 10)) : "") + "十" + (n % 10 == 0 ? "" : digits.charAt(n % 10));
    }
}
