package com.creditquerydesk.domain.model.letter;

import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChineseDatesTest {

    private static final LocalDate MARCH_5 = LocalDate.of(2026, 3, 5);

    @ParameterizedTest
    @ValueSource(strings = {"2026年3月5日", "2026年03月05日", "2026 年 3 月 5 日", "２０２６年３月５日", "二〇二六年三月五日",
            "二○二六年三月五日", "二O二六年三月五日", "二零二六年三月五日", "二Ｏ二六年三月五日", "二0二六年三月五日",
            "2026.3.5", "2026.03.05", "2026-03-05", "2026-3-5", "2026/3/5", "2026/03/05", " 2026年3月5日 "})
    void everyWrittenFormOfOneDate(String raw) {
        assertEquals(MARCH_5, ChineseDates.parse(raw));
    }

    @Test
    void chineseNumeralsForEveryDayOfTheYear() {
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
            String written = "二〇二六年" + chinese(d.getMonthValue()) + "月" + chinese(d.getDayOfMonth()) + "日";
            assertEquals(d, ChineseDates.parse(written), written);
        }
        assertEquals(LocalDate.of(2026, 12, 31), ChineseDates.parse("二〇二六年十二月三十一日"));
        assertEquals(LocalDate.of(2026, 3, 20), ChineseDates.parse("二〇二六年三月二十日"));
        assertEquals(LocalDate.of(2000, 10, 10), ChineseDates.parse("二〇〇〇年十月十日"));
        assertEquals(LocalDate.of(1999, 11, 11), ChineseDates.parse("一九九九年十一月十一日"));
    }

    @Test
    void arabicFormsForEveryDayOfALeapYear() {
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() == 2024; d = d.plusDays(1)) {
            int y = d.getYear();
            int m = d.getMonthValue();
            int day = d.getDayOfMonth();
            assertEquals(d, ChineseDates.parse(y + "年" + m + "月" + day + "日"));
            assertEquals(d, ChineseDates.parse(String.format("%d年%02d月%02d日", y, m, day)));
            assertEquals(d, ChineseDates.parse(y + "." + m + "." + day));
            assertEquals(d, ChineseDates.parse(String.format("%d-%02d-%02d", y, m, day)));
            assertEquals(d, ChineseDates.parse(y + "/" + m + "/" + day));
            assertEquals(d, ChineseDates.parse(ChineseDates.format(d)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026年2月29日", "2026年2月30日", "2026年13月1日", "2026年4月31日", "2026年0月1日",
            "2026年1月0日", "二〇二六年二月三十日", "二〇二六年四月三十一日", "2026-02-29"})
    void impossibleDatesAreRejected(String raw) {
        DomainException e = assertThrows(DomainException.class, () -> ChineseDates.parse(raw));
        assertEquals("DATE_INVALID", e.code());
        assertTrue(e.messageEn().startsWith("no such date"), e.messageEn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3月5日", "26年3月5日", "2026年3月", "2026.3-5", "2026/3.5", "二〇二六年十十月五日", "二〇二六年十三月一日",
            "二〇二六年三月三十二日", "二〇二六年三月四十日", "二六年三月五日", "2026年3月5日发", "March 5, 2026", "20260305"})
    void otherTextIsNotADate(String raw) {
        DomainException e = assertThrows(DomainException.class, () -> ChineseDates.parse(raw));
        assertTrue(e.messageEn().startsWith("unrecognised date"), e.messageEn());
        assertTrue(e.messageZh().contains("2026年3月5日"), e.messageZh());
    }

    @Test
    void nullIsRejected() {
        assertThrows(DomainException.class, () -> ChineseDates.parse(null));
        assertEquals(Optional.empty(), ChineseDates.find(null));
    }

    @Test
    void findsTheFirstRealDateInAnOcrLine() {
        assertEquals(Optional.of(MARCH_5), ChineseDates.find("陕西省人力资源和社会保障厅 2026年3月5日"));
        assertEquals(Optional.of(MARCH_5), ChineseDates.find("（印章）二〇二六年三月五日"));
        assertEquals(Optional.of(MARCH_5), ChineseDates.find("你单位2026年3月5日来函收悉，2026年3月9日查询"));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 9)),
                ChineseDates.find("你单位二〇二六年三月九日来函收悉，2026年3月5日登记"));
        assertEquals(Optional.of(MARCH_5), ChineseDates.find("日期:2026-03-05 编号:7"));
        assertEquals(Optional.of(MARCH_5), ChineseDates.find("2026年2月30日（误）2026年3月5日"));
        assertEquals(Optional.of(MARCH_5), ChineseDates.find("落款 2026 年 3 月 5 日"));
        assertEquals(Optional.empty(), ChineseDates.find("陕人社函〔2026〕112号"));
        assertEquals(Optional.empty(), ChineseDates.find("身份证号码610102198506150110"));
        assertEquals(Optional.empty(), ChineseDates.find(""));
    }

    @Test
    void formatHasNoLeadingZeros() {
        assertEquals("2026年3月5日", ChineseDates.format(MARCH_5));
        assertEquals("2026年12月31日", ChineseDates.format(LocalDate.of(2026, 12, 31)));
        assertEquals("2026年10月1日", ChineseDates.format(LocalDate.of(2026, 10, 1)));
    }

    /** 1–31 in Chinese numerals, written independently of the parser: 五, 十, 十二, 二十, 三十一. */
    private static String chinese(int n) {
        String digits = "〇一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : digits.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + digits.charAt(n % 10);
    }
}
