package com.creditquerydesk.domain.model.statistics;

import com.creditquerydesk.domain.model.calendar.CalendarFile;
import com.creditquerydesk.domain.model.calendar.WorkingDayCalendar;
import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WorkingDayOrdinalsTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.of(List.of(CalendarFile.bundled()));

    /** The working days after a up to and including b, as the statistics' SQL takes them from the ordinals. */
    private int between(WorkingDayOrdinals o, String a, String b) {
        return o.ordinals().get(o.days().indexOf(LocalDate.parse(b))) - o.ordinals().get(o.days().indexOf(LocalDate.parse(a)));
    }

    @Test
    void everyDayOnceWithTheWorkingDaysSinceTheFirst() {
        WorkingDayOrdinals o = WorkingDayOrdinals.of(calendar, LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-09"));
        assertEquals(8, o.days().size());
        // Mon 2 .. Mon 9 March 2026: Tue–Fri count, the weekend not, Monday 9 does
        assertEquals(List.of(0, 1, 2, 3, 4, 4, 4, 5), o.ordinals());
    }

    @Test
    void aStepOnTheSameDayTakesNoWorkingDayAndTheNextWorkingDayOne() {
        WorkingDayOrdinals o = WorkingDayOrdinals.of(calendar, LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-31"));
        assertEquals(0, between(o, "2026-03-04", "2026-03-04"));
        assertEquals(1, between(o, "2026-03-04", "2026-03-05"));
        // Friday to Monday: one working day; Saturday to Monday: one as well
        assertEquals(1, between(o, "2026-03-06", "2026-03-09"));
        assertEquals(1, between(o, "2026-03-07", "2026-03-09"));
    }

    @Test
    void holidaysDoNotCountAndMakeUpWorkdaysDo() {
        WorkingDayOrdinals o = WorkingDayOrdinals.of(calendar, LocalDate.parse("2026-09-20"), LocalDate.parse("2026-10-12"));
        // 国庆 10/1–10/7 off, Saturday 10/10 a make-up workday: Wed 30 Sep → Fri 9 Oct is 2 (8th, 9th); → Sat 10 Oct 3
        assertEquals(2, between(o, "2026-09-30", "2026-10-09"));
        assertEquals(3, between(o, "2026-09-30", "2026-10-10"));
        // Sunday 9/20 is a make-up workday itself: Sat 19 → Mon 21 would be 2, but the range starts on 20
        assertEquals(1, between(o, "2026-09-20", "2026-09-21"));
        // 春节: Fri 13 Feb → Tue 24 Feb 2026 (Sat 14 worked, 15–23 off) = 2
        WorkingDayOrdinals spring = WorkingDayOrdinals.of(calendar, LocalDate.parse("2026-02-13"), LocalDate.parse("2026-02-28"));
        assertEquals(2, between(spring, "2026-02-13", "2026-02-24"));
        assertEquals(3, between(spring, "2026-02-13", "2026-02-25"));
    }

    @Test
    void agreesWithTheCalendarsOwnCount() {
        LocalDate first = LocalDate.parse("2026-01-01");
        WorkingDayOrdinals o = WorkingDayOrdinals.of(calendar, first, LocalDate.parse("2026-12-31"));
        for (int n = 0; n <= 240; n += 7) {
            LocalDate nth = calendar.plusWorkingDays(first, n);
            assertEquals(n, o.ordinals().get(o.days().indexOf(nth)), "working day " + n + " after New Year: " + nth);
        }
    }

    @Test
    void aYearNoCalendarCoversIsNeverGuessed() {
        assertThrows(DomainException.class,
                () -> WorkingDayOrdinals.of(calendar, LocalDate.parse("2026-12-30"), LocalDate.parse("2027-01-05")));
    }
}
