package com.creditquerydesk.domain.model.ledger;

import com.creditquerydesk.domain.model.calendar.CalendarFile;
import com.creditquerydesk.domain.model.calendar.WorkingDayCalendar;
import com.creditquerydesk.domain.model.letter.QueryKind;
import com.creditquerydesk.domain.model.screening.HitRecord;
import com.creditquerydesk.domain.model.screening.HitReview.Decision;
import com.creditquerydesk.domain.model.screening.ScreeningResult;
import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** docs/rules.md#R77: the ledger's rows, what it shows of a person, and the filing deadline. */
class LedgerRulesTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(List.of(CalendarFile.bundled()));
    private static final String ID = "610102198503151234";

    @Test
    void theDefaultMaskShowsSixThenEightStarsThenFour() {
        assertEquals("610102********1234", IdMask.DEFAULT.apply(ID));
        assertEquals("610102********1234", IdMask.parse("6+4").apply(ID));
        assertEquals("6+4", IdMask.DEFAULT.toString());
    }

    @ParameterizedTest
    @CsvSource({
            "3+4, 610***********1234",
            "6+0, 610102************",
            "0+0, ******************",
            "' 4 + 2 ', 6101************34",
            "6+1, 610102***********4"})
    void aConfiguredMaskShowsFewerCharacters(String mask, String shown) {
        assertEquals(shown, IdMask.parse(mask).apply(ID));
    }

    @ParameterizedTest
    @CsvSource({"7+4", "6+5", "8+0", "6", "6-4", "'', ", "a+b", "10+0"})
    void aMaskThatWouldShowTheBirthDateOrIsNotHeadPlusTailIsRefused(String mask) {
        DomainException e = assertThrows(DomainException.class, () -> IdMask.parse(mask));
        assertEquals("ID_MASK_INVALID", e.code());
    }

    @Test
    void shortOrOddNumbersAreAllStars() {
        assertEquals("", IdMask.DEFAULT.apply(null));
        assertEquals("", IdMask.DEFAULT.apply(""));
        // a 15-digit legacy number keeps 8 hidden: 6 + 5 hidden would show too much
        assertEquals("***************", IdMask.DEFAULT.apply("610102850315123"));
        assertEquals("*********", new IdMask(3, 2).apply("610102123"), "9 characters cannot keep 8 hidden with 3+2");
        assertEquals("61***************X", new IdMask(2, 1).apply("61010219850315123X"));
    }

    @ParameterizedTest
    @CsvSource({
            "陈小明, 陈**",
            "陈明, 陈*",
            "欧阳娜娜, 欧***",
            "' 王五 ', 王*",
            "阿依古丽·买买提, 阿***·***",
            "阿依古丽.买买提, 阿***·***",
            "垚, 垚",
            "𠀀明, 𠀀*"})
    void aNameKeepsItsFirstCharacter(String name, String shown) {
        assertEquals(shown, NameMask.apply(name));
    }

    @Test
    void noNameIsNoText() {
        assertEquals("", NameMask.apply(null));
        assertEquals("", NameMask.apply("  "));
    }

    @ParameterizedTest
    @CsvSource({
            // a Thursday: 7 working days on is the Monday after next
            "2026-03-05, 7, 2026-03-16",
            // a Friday and the Saturday after it are filed by the same day
            "2026-03-06, 7, 2026-03-17",
            "2026-03-07, 7, 2026-03-17",
            "2026-03-08, 7, 2026-03-17",
            // 国庆: 10/1–10/7 are off, 10/10 (a Saturday) is worked
            "2026-09-30, 7, 2026-10-15",
            // 春节 2026: 2/15–2/23 off, 2/14 and 2/28 worked
            "2026-02-13, 7, 2026-03-02",
            "2026-02-13, 6, 2026-02-28",
            // another configured number of days
            "2026-03-05, 1, 2026-03-06",
            "2026-03-05, 15, 2026-03-26"})
    void theFilingDeadlineCountsWorkingDaysAfterTheCheck(LocalDate checked, int days, LocalDate deadline) {
        assertEquals(deadline, FilingDeadline.after(checked, days, CALENDAR));
    }

    @Test
    void aDeadlineIsAtLeastOneWorkingDay() {
        assertThrows(IllegalArgumentException.class, () -> FilingDeadline.after(LocalDate.of(2026, 3, 5), 0, CALENDAR));
    }

    @Test
    void aMeasureIsNeverBlankNorLong() {
        assertEquals("已录用", new ApplicationMeasure("  已录用 ").text());
        assertEquals("MEASURE_REQUIRED", assertThrows(DomainException.class, () -> new ApplicationMeasure(" ")).code());
        assertEquals("MEASURE_REQUIRED", assertThrows(DomainException.class, () -> new ApplicationMeasure(null)).code());
        assertEquals(200, new ApplicationMeasure("录".repeat(200)).text().length());
        assertEquals("MEASURE_TOO_LONG",
                assertThrows(DomainException.class, () -> new ApplicationMeasure("录".repeat(201))).code());
    }

    @Test
    void theUseFollowsTheQueryKind() {
        assertEquals("公务员录用、调任", LedgerEntry.use(QueryKind.CIVIL_SERVICE));
        assertEquals("公务员录用、调任", LedgerEntry.use(null));
        assertEquals("事业单位公开招聘", LedgerEntry.use(QueryKind.PUBLIC_INSTITUTION));
        assertEquals("其他（评优评先、推荐等）", LedgerEntry.use(QueryKind.OTHER));
    }

    @Test
    void theResultSaysHowManyRecordsOrNone() {
        HitRecord a = record("（2024）陕01执1号");
        HitRecord b = record("（2025）陕01执2号");
        Instant at = Instant.parse("2026-03-05T02:00:00Z");
        ScreeningResult none = new ScreeningResult(1, "李娜", ID, List.of(), List.of(), null);
        ScreeningResult two = new ScreeningResult(2, "陈小明", ID, List.of(a, b), List.of(), null);
        assertEquals("无", LedgerEntry.result(none));
        assertEquals("有 2 条失信被执行人记录（待复核）", LedgerEntry.result(two));
        assertEquals("有 2 条失信被执行人记录", LedgerEntry.result(two.review("reviewer", Decision.CONFIRMED, null, at)));
        assertEquals("无", LedgerEntry.result(two.review("reviewer", Decision.OVERTURNED, "同名不同人", at)));
    }

    private static HitRecord record(String caseNumber) {
        return new HitRecord("陈小明", "6101021985****1234", "西安市中级人民法院", "陕西", caseNumber, "（2023）陕01民初1号",
                "给付", "全部未履行", "有履行能力而拒不履行", LocalDate.of(2024, 1, 2), LocalDate.of(2024, 2, 1), 1);
    }

    @Test
    void theChannelNamesTheRegisterVersionAndFile() {
        assertEquals("全国法院失信被执行人名单 第 3 版（register-2026-03.csv）", LedgerEntry.channel(3, "register-2026-03.csv"));
        assertEquals("全国法院失信被执行人名单 第 1 版", LedgerEntry.channel(1, null));
    }
}
