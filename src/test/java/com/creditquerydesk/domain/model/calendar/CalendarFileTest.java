package com.creditquerydesk.domain.model.calendar;

import com.creditquerydesk.domain.model.calendar.CalendarFile.DayType;
import com.creditquerydesk.domain.model.calendar.CalendarFile.Entry;
import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalendarFileTest {

    @Test
    void parsesYearsRangesSingleDaysAndComments() {
        CalendarFile f = parse("""
                # 2026 as published by the State Council
                year 2026
                2026-02-15..2026-02-23 holiday 春节   # nine days
                2026-02-14 workday 春节调休

                  2026-10-01 .. 2026-10-07   holiday   国庆节
                2026-10-10 workday
                """);
        assertEquals(Set.of(2026), f.years());
        assertEquals(List.of(
                new Entry(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23), DayType.HOLIDAY, "春节"),
                new Entry(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 14), DayType.WORKDAY, "春节调休"),
                new Entry(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7), DayType.HOLIDAY, "国庆节"),
                new Entry(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 10), DayType.WORKDAY, "")), f.entries());
    }

    @Test
    void aYearWithoutEntriesIsStillCovered() {
        assertEquals(Set.of(2030, 2031), parse("year 2030\nyear 2031\n").years());
    }

    @Test
    void malformedLinesNameTheirLineNumber() {
        assertLineError("year 2026\n2026-02-15 holiday 春节\n2026-02-16 off 春节\n", 3);
        assertLineError("year 2026\n2026/02/15 holiday 春节\n", 2);
        assertLineError("year 26\n", 1);
        assertLineError("year 2026\n2026-02-30 holiday 春节\n", 2);
        assertLineError("year 2026\n2026-02-23..2026-02-15 holiday 春节\n", 2);
        assertLineError("year 2026\n2026-02-15\n", 2);
    }

    @Test
    void aDayListedTwiceIsAnError() {
        DomainException e = assertLineError("year 2026\n2026-02-15..2026-02-23 holiday 春节\n\n2026-02-20 workday 调休\n", 4);
        assertTrue(e.messageEn().contains("line 2"), e.messageEn());
    }

    @Test
    void everyDateMustBeInADeclaredYear() {
        DomainException e = assertLineError("year 2026\n2027-01-01 holiday 元旦\n", 2);
        assertTrue(e.messageZh().contains("2027"), e.messageZh());
        // a range crossing into an undeclared year
        assertLineError("year 2026\n2026-12-31..2027-01-02 holiday 元旦\n", 2);
        // the declaration may follow the lines
        assertEquals(Set.of(2026, 2027), parse("2026-12-31..2027-01-02 holiday 元旦\nyear 2026\nyear 2027\n").years());
    }

    @Test
    void theBundledFileCovers2020To2026() {
        CalendarFile bundled = CalendarFile.bundled();
        assertEquals(Set.of(2020, 2021, 2022, 2023, 2024, 2025, 2026), bundled.years());
    }

    @Test
    void theBundled2026MatchesTheStateCouncilNoticeInDomainMd() {
        List<Entry> expected = List.of(
                holiday("2026-01-01", "2026-01-03"), workday("2026-01-04"),
                workday("2026-02-14"), holiday("2026-02-15", "2026-02-23"), workday("2026-02-28"),
                holiday("2026-04-04", "2026-04-06"),
                holiday("2026-05-01", "2026-05-05"), workday("2026-05-09"),
                holiday("2026-06-19", "2026-06-21"),
                workday("2026-09-20"), holiday("2026-09-25", "2026-09-27"),
                holiday("2026-10-01", "2026-10-07"), workday("2026-10-10"));
        List<Entry> actual = CalendarFile.bundled().entries().stream()
                .filter(e -> e.from().getYear() == 2026)
                .map(e -> new Entry(e.from(), e.to(), e.type(), ""))
                .toList();
        assertEquals(expected, actual);
    }

    private static Entry holiday(String from, String to) {
        return new Entry(LocalDate.parse(from), LocalDate.parse(to), DayType.HOLIDAY, "");
    }

    private static Entry workday(String day) {
        return new Entry(LocalDate.parse(day), LocalDate.parse(day), DayType.WORKDAY, "");
    }

    static CalendarFile parse(String text) {
        return CalendarFile.parse(new StringReader(text));
    }

    private static DomainException assertLineError(String text, int line) {
        DomainException e = assertThrows(DomainException.class, () -> parse(text));
        assertEquals("CALENDAR_FILE_INVALID", e.code());
        assertTrue(e.messageEn().contains("line " + line + ":"), e.messageEn());
        assertTrue(e.messageZh().contains("第" + line + "行"), e.messageZh());
        return e;
    }
}
