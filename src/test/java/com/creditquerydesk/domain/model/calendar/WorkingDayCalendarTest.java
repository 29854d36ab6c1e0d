package com.creditquerydesk.domain.model.calendar;

import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingDayCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final WorkingDayCalendar calendar = WorkingDayCalendar.of(List.of(CalendarFile.bundled()));

    /**
     * 2026 Spring Festival, day by day, worked out by hand from docs/domain.md#calendar (春节 2/15–2/23, make-up workdays
     * 2/14 and 2/28): date, weekday, W = working day, due date (3 working days) if received at 09:00,
     * due date if received at 17:00.
     */
    private static final String[] SPRING_FESTIVAL = {
            "2026-02-10 Tue W 2026-02-13 2026-02-14",
            "2026-02-11 Wed W 2026-02-14 2026-02-24",
            "2026-02-12 Thu W 2026-02-24 2026-02-25",
            "2026-02-13 Fri W 2026-02-25 2026-02-26",
            "2026-02-14 Sat W 2026-02-26 2026-02-27",
            "2026-02-15 Sun - 2026-02-27 2026-02-27",
            "2026-02-16 Mon - 2026-02-27 2026-02-27",
            "2026-02-17 Tue - 2026-02-27 2026-02-27",
            "2026-02-18 Wed - 2026-02-27 2026-02-27",
            "2026-02-19 Thu - 2026-02-27 2026-02-27",
            "2026-02-20 Fri - 2026-02-27 2026-02-27",
            "2026-02-21 Sat - 2026-02-27 2026-02-27",
            "2026-02-22 Sun - 2026-02-27 2026-02-27",
            "2026-02-23 Mon - 2026-02-27 2026-02-27",
            "2026-02-24 Tue W 2026-02-27 2026-02-28",
            "2026-02-25 Wed W 2026-02-28 2026-03-02",
            "2026-02-26 Thu W 2026-03-02 2026-03-03",
            "2026-02-27 Fri W 2026-03-03 2026-03-04",
            "2026-02-28 Sat W 2026-03-04 2026-03-05",
            "2026-03-01 Sun - 2026-03-05 2026-03-05",
            "2026-03-02 Mon W 2026-03-05 2026-03-06",
            "2026-03-03 Tue W 2026-03-06 2026-03-09",
    };

    /** 2026 中秋 9/25–9/27 and 国庆 10/1–10/7, make-up workdays 9/20 and 10/10 (docs/domain.md#calendar). */
    private static final String[] NATIONAL_DAY = {
            "2026-09-15 Tue W 2026-09-18 2026-09-20",
            "2026-09-16 Wed W 2026-09-20 2026-09-21",
            "2026-09-17 Thu W 2026-09-21 2026-09-22",
            "2026-09-18 Fri W 2026-09-22 2026-09-23",
            "2026-09-19 Sat - 2026-09-23 2026-09-23",
            "2026-09-20 Sun W 2026-09-23 2026-09-24",
            "2026-09-21 Mon W 2026-09-24 2026-09-28",
            "2026-09-22 Tue W 2026-09-28 2026-09-29",
            "2026-09-23 Wed W 2026-09-29 2026-09-30",
            "2026-09-24 Thu W 2026-09-30 2026-10-08",
            "2026-09-25 Fri - 2026-10-08 2026-10-08",
            "2026-09-26 Sat - 2026-10-08 2026-10-08",
            "2026-09-27 Sun - 2026-10-08 2026-10-08",
            "2026-09-28 Mon W 2026-10-08 2026-10-09",
            "2026-09-29 Tue W 2026-10-09 2026-10-10",
            "2026-09-30 Wed W 2026-10-10 2026-10-12",
            "2026-10-01 Thu - 2026-10-12 2026-10-12",
            "2026-10-02 Fri - 2026-10-12 2026-10-12",
            "2026-10-03 Sat - 2026-10-12 2026-10-12",
            "2026-10-04 Sun - 2026-10-12 2026-10-12",
            "2026-10-05 Mon - 2026-10-12 2026-10-12",
            "2026-10-06 Tue - 2026-10-12 2026-10-12",
            "2026-10-07 Wed - 2026-10-12 2026-10-12",
            "2026-10-08 Thu W 2026-10-12 2026-10-13",
            "2026-10-09 Fri W 2026-10-13 2026-10-14",
            "2026-10-10 Sat W 2026-10-14 2026-10-15",
            "2026-10-11 Sun - 2026-10-15 2026-10-15",
            "2026-10-12 Mon W 2026-10-15 2026-10-16",
            "2026-10-13 Tue W 2026-10-16 2026-10-19",
            "2026-10-14 Wed W 2026-10-19 2026-10-20",
            "2026-10-15 Thu W 2026-10-20 2026-10-21",
    };

    @Test
    void springFestival2026DayByDay() {
        walk(SPRING_FESTIVAL, LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 3));
    }

    @Test
    void nationalDay2026DayByDay() {
        walk(NATIONAL_DAY, LocalDate.of(2026, 9, 15), LocalDate.of(2026, 10, 15));
    }

    private void walk(String[] table, LocalDate first, LocalDate last) {
        assertEquals(first.datesUntil(last.plusDays(1)).count(), table.length, "the table has every day");
        LocalDate expectedDay = first;
        for (String row : table) {
            String[] f = row.split(" ");
            LocalDate day = LocalDate.parse(f[0]);
            assertEquals(expectedDay, day, "rows are consecutive");
            assertEquals(f[1], day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH));
            assertEquals(f[2].equals("W"), calendar.isWorkingDay(day), row);
            assertEquals(LocalDate.parse(f[3]), calendar.dueDate(day.atTime(9, 0).atZone(SHANGHAI), 3), row + " at 09:00");
            assertEquals(LocalDate.parse(f[3]), calendar.dueDate(day.atTime(16, 59, 59).atZone(SHANGHAI), 3), row + " at 16:59:59");
            assertEquals(LocalDate.parse(f[4]), calendar.dueDate(day.atTime(17, 0).atZone(SHANGHAI), 3), row + " at 17:00");
            assertEquals(LocalDate.parse(f[4]), calendar.dueDate(day.atTime(23, 59).atZone(SHANGHAI), 3), row + " at 23:59");
            expectedDay = day.plusDays(1);
        }
    }

    @Test
    void the17hBoundaryIsReadInTheZoneTheTimeIsGivenIn() {
        LocalDate monday = LocalDate.of(2026, 3, 9);
        // 08:59:59 UTC is 16:59:59 in Shanghai: still that day
        assertEquals(LocalDate.of(2026, 3, 12), calendar.dueDate(ZonedDateTime.of(monday, LocalTime.of(8, 59, 59),
                ZoneOffset.UTC).withZoneSameInstant(SHANGHAI), 3));
        // 09:00 UTC is 17:00 in Shanghai: counts from Tuesday
        ZonedDateTime nineUtc = ZonedDateTime.of(monday, LocalTime.of(9, 0), ZoneOffset.UTC);
        assertEquals(LocalDate.of(2026, 3, 13), calendar.dueDate(nineUtc.withZoneSameInstant(SHANGHAI), 3));
        // a centre configured for UTC reads the same instant as 09:00, before the cut-off
        assertEquals(LocalDate.of(2026, 3, 12), calendar.dueDate(nineUtc, 3));
        // 20:00 UTC on Sunday is 04:00 Monday in Shanghai
        assertEquals(LocalDate.of(2026, 3, 12), calendar.dueDate(ZonedDateTime.of(monday.minusDays(1), LocalTime.of(20, 0),
                ZoneOffset.UTC).withZoneSameInstant(SHANGHAI), 3));
        // a nanosecond before 17:00 still counts the day
        assertEquals(LocalDate.of(2026, 3, 12),
                calendar.dueDate(monday.atTime(LocalTime.of(16, 59, 59, 999_999_999)).atZone(SHANGHAI), 3));
    }

    @Test
    void ordinaryWeekendsAreOffAndWeekdaysWorked() {
        for (LocalDate d = LocalDate.of(2026, 3, 1); d.isBefore(LocalDate.of(2026, 4, 1)); d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            assertEquals(!weekend, calendar.isWorkingDay(d), d.toString());
        }
        // received Friday 10:00 → Mon, Tue, Wed
        assertEquals(LocalDate.of(2026, 3, 11), calendar.dueDate(LocalDate.of(2026, 3, 6).atTime(10, 0).atZone(SHANGHAI), 3));
        // received Saturday → counting starts Monday → Thursday
        assertEquals(LocalDate.of(2026, 3, 12), calendar.dueDate(LocalDate.of(2026, 3, 7).atTime(10, 0).atZone(SHANGHAI), 3));
    }

    @Test
    void makeUpWorkdaysAndHolidaysOf2026() {
        for (String d : new String[]{"2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"}) {
            assertTrue(calendar.isWorkingDay(LocalDate.parse(d)), d);
        }
        for (String d : new String[]{"2026-01-01", "2026-01-02", "2026-04-06", "2026-05-04", "2026-05-05", "2026-06-19",
                "2026-09-25", "2026-10-07"}) {
            assertFalse(calendar.isWorkingDay(LocalDate.parse(d)), d);
        }
        // 2026: 365 days - 104 weekend days - the holidays that fall on weekdays + 6 make-up workdays
        long working = LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2027, 1, 1)).filter(calendar::isWorkingDay).count();
        assertEquals(365 - 104 - countWeekdayHolidays2026() + 6, working);
    }

    private static int countWeekdayHolidays2026() {
        int n = 0;
        for (String[] r : new String[][]{{"2026-01-01", "2026-01-03"}, {"2026-02-15", "2026-02-23"}, {"2026-04-04", "2026-04-06"},
                {"2026-05-01", "2026-05-05"}, {"2026-06-19", "2026-06-21"}, {"2026-09-25", "2026-09-27"}, {"2026-10-01", "2026-10-07"}}) {
            for (LocalDate d = LocalDate.parse(r[0]); !d.isAfter(LocalDate.parse(r[1])); d = d.plusDays(1)) {
                if (d.getDayOfWeek().getValue() <= 5) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void plusWorkingDays() {
        LocalDate friday = LocalDate.of(2026, 2, 13);
        assertEquals(friday, calendar.plusWorkingDays(friday, 0));
        LocalDate sunday = LocalDate.of(2026, 3, 1);
        assertEquals(sunday, calendar.plusWorkingDays(sunday, 0));
        assertEquals(LocalDate.of(2026, 2, 14), calendar.plusWorkingDays(friday, 1));
        assertEquals(LocalDate.of(2026, 2, 24), calendar.plusWorkingDays(friday, 2));
        // 7 working days for an objection (docs/domain.md#the-letters-path), from the Friday before National Day
        assertEquals(LocalDate.of(2026, 10, 12), calendar.plusWorkingDays(LocalDate.of(2026, 9, 25), 7));
        assertThrows(IllegalArgumentException.class, () -> calendar.plusWorkingDays(friday, -1));
    }

    @Test
    void coveredYearsAreThoseOfTheFiles() {
        assertEquals(new TreeSet<>(Set.of(2020, 2021, 2022, 2023, 2024, 2025, 2026)), calendar.coveredYears());
    }

    @Test
    void anUncoveredYearIsAnErrorNamingTheYearNeverAGuess() {
        DomainException e = assertThrows(DomainException.class, () -> calendar.isWorkingDay(LocalDate.of(2027, 1, 4)));
        assertEquals("CALENDAR_YEAR_NOT_COVERED", e.code());
        assertTrue(e.messageZh().contains("2027"), e.messageZh());
        assertTrue(e.messageEn().contains("2027"), e.messageEn());
        assertThrows(DomainException.class, () -> calendar.isWorkingDay(LocalDate.of(2019, 12, 31)));
        // a deadline running past the last covered day stops with the same error
        DomainException late = assertThrows(DomainException.class,
                () -> calendar.dueDate(LocalDate.of(2026, 12, 30).atTime(10, 0).atZone(SHANGHAI), 3));
        assertTrue(late.messageEn().contains("2027"), late.messageEn());
        assertEquals(LocalDate.of(2026, 12, 31), calendar.plusWorkingDays(LocalDate.of(2026, 12, 30), 1));
    }

    @Test
    void aLaterFileReplacesAYearAndAddsNewOnes() {
        CalendarFile correction = CalendarFileTest.parse("""
                year 2026
                2026-03-02 holiday 测试假日
                year 2027
                2027-01-01 holiday 元旦
                2027-01-02 workday 元旦调休
                """);
        WorkingDayCalendar merged = WorkingDayCalendar.of(List.of(CalendarFile.bundled(), correction));
        assertEquals(new TreeSet<>(Set.of(2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027)), merged.coveredYears());
        // 2026 now comes from the later file only: Spring Festival is gone, 3/2 is off
        assertTrue(merged.isWorkingDay(LocalDate.of(2026, 2, 16)));
        assertFalse(merged.isWorkingDay(LocalDate.of(2026, 2, 14)));
        assertFalse(merged.isWorkingDay(LocalDate.of(2026, 3, 2)));
        // 2027 is new; 2025 untouched
        assertFalse(merged.isWorkingDay(LocalDate.of(2027, 1, 1)));
        assertTrue(merged.isWorkingDay(LocalDate.of(2027, 1, 2)));
        assertFalse(merged.isWorkingDay(LocalDate.of(2025, 1, 1)));
        // the order matters: the bundled file last wins back 2026
        WorkingDayCalendar reversed = WorkingDayCalendar.of(List.of(correction, CalendarFile.bundled()));
        assertFalse(reversed.isWorkingDay(LocalDate.of(2026, 2, 16)));
        assertTrue(reversed.isWorkingDay(LocalDate.of(2026, 3, 2)));
        assertFalse(reversed.isWorkingDay(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void anEmptyCalendarCoversNothing() {
        WorkingDayCalendar empty = WorkingDayCalendar.of(List.of());
        assertTrue(empty.coveredYears().isEmpty());
        assertThrows(DomainException.class, () -> empty.isWorkingDay(LocalDate.of(2026, 3, 2)));
    }

    @Test
    void earlierYearsOfTheBundledFile() {
        // a few well-known days: 2020 Spring Festival extended to 2/2, 2023 make-up Sunday 1/29, 2024 make-up Sunday 2/4
        assertFalse(calendar.isWorkingDay(LocalDate.of(2020, 1, 31)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2020, 2, 2)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2020, 2, 3)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2023, 1, 29)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2024, 2, 4)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 10, 8)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 10, 11)));
    }

    /** The working days an extension's limit counts (docs/rules.md#R63), across the National Day week. */
    @Test
    void workingDaysAreCountedAcrossTheNationalDayWeek() {
        assertEquals(LocalDate.of(2026, 10, 8), calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 1), "the holiday counts none");
        assertEquals(LocalDate.of(2026, 10, 15), calendar.plusWorkingDays(LocalDate.of(2026, 10, 9), 5), "with the make-up Saturday");
        assertEquals(LocalDate.of(2026, 10, 12), calendar.plusWorkingDays(LocalDate.of(2026, 10, 10), 1), "a Sunday");
        assertEquals(LocalDate.of(2026, 10, 9), calendar.plusWorkingDays(LocalDate.of(2026, 10, 9), 0));
    }

    @Test
    void workingDaysBetweenCountTheDaysAfterTheFirstUpToTheLast() {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        assertEquals(0, calendar.workingDaysBetween(friday, friday));
        assertEquals(0, calendar.workingDaysBetween(friday, friday.plusDays(2)), "Saturday and Sunday");
        assertEquals(1, calendar.workingDaysBetween(friday, friday.plusDays(3)), "the Monday after");
        assertEquals(5, calendar.workingDaysBetween(friday, friday.plusDays(7)));
        // 国庆 2026: 1–7 October off, Saturday 10 October worked
        assertEquals(1, calendar.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 8)));
        assertEquals(2, calendar.workingDaysBetween(LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 10)));
        assertThrows(IllegalArgumentException.class, () -> calendar.workingDaysBetween(friday, friday.minusDays(1)));
    }
}
