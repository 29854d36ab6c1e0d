package com.creditquerydesk.domain.model.letter;

import com.creditquerydesk.domain.model.calendar.WorkingDayCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** 临期 and 超期 on working days (docs/rules.md#R83), across a weekend and the 2026 National Day holiday. */
class DueStateTest {

    private static final WorkingDayCalendar CALENDAR = IncomingLetterTest.CALENDAR;

    @ParameterizedTest(name = "due {0}, today {1}: {2}")
    @CsvSource({
            "2026-03-10, 2026-03-10, DUE_SOON",   // due today
            "2026-03-11, 2026-03-10, DUE_SOON",   // the next working day
            "2026-03-12, 2026-03-10, IN_TIME",    // two working days ahead
            "2026-03-09, 2026-03-10, OVERDUE",    // yesterday
            "2026-03-16, 2026-03-13, DUE_SOON",   // Friday: Monday is the next working day
            "2026-03-17, 2026-03-13, IN_TIME",
            "2026-03-16, 2026-03-14, DUE_SOON",   // on a Saturday, Monday is the next working day
            "2026-03-13, 2026-03-14, OVERDUE",    // the Friday passed
            "2026-10-08, 2026-09-30, DUE_SOON",   // before National Day: the next working day is after the holiday
            "2026-10-09, 2026-09-30, IN_TIME",
            "2026-09-30, 2026-10-03, OVERDUE",
    })
    void dueStateCountsWorkingDays(LocalDate due, LocalDate today, DueState expected) {
        assertEquals(expected, DueState.of(due, today, CALENDAR));
    }
}
