package com.creditquerydesk.domain.model.audit;

import com.creditquerydesk.domain.model.calendar.CalendarFile;
import com.creditquerydesk.domain.model.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The 流程跟踪 of docs/rules.md#R94 on fixed dates (over HTTP across a weekend: TimelineClockIT). */
class LetterTimelineTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(List.of(CalendarFile.bundled()));
    private final List<AuditEvent> events = new ArrayList<>();

    private void event(String action, String actor, ZonedDateTime at) {
        AuditEvent prev = events.isEmpty() ? null : events.get(events.size() - 1);
        events.add(new AuditEvent(events.size() + 1, at.toInstant(), actor, null, action, "L1", null,
                prev == null ? "0".repeat(64) : prev.hash(), AuditChainTest.KEY));
    }

    private static ZonedDateTime at(int month, int day, int hour) {
        return ZonedDateTime.of(2026, month, day, hour, 0, 0, 0, ZONE);
    }

    @Test
    void stepsAcrossAWeekendTakeOnlyTheWorkingDays() {
        event("LETTER_RECEIVED", "registry", at(12, 4, 16));   // Friday
        event("LETTER_READ", "clerk", at(12, 4, 16));          // a read: not a step
        event("EXTRACTION_DONE", "system", at(12, 4, 16));
        event("EXTRACTION_VERIFIED", "clerk", at(12, 7, 9));  // Monday: 1 working day
        event("SCREENED", "handler", at(12, 7, 11));          // same day: 0
        event("REPLY_DRAFTED", "handler", at(12, 9, 10));     // Wednesday: 2
        event("SOMETHING_OLD", "handler", at(12, 9, 11));     // a code this version does not know
        event("REPLY_SIGNED_OFF", "officer", at(12, 14, 10)); // next Monday: 3 (Thu, Fri, Mon)

        LetterTimeline t = LetterTimeline.of(events, CALENDAR, ZONE);
        assertEquals(List.of(AuditAction.LETTER_RECEIVED, AuditAction.EXTRACTION_DONE, AuditAction.EXTRACTION_VERIFIED,
                AuditAction.SCREENED, AuditAction.REPLY_DRAFTED, AuditAction.REPLY_SIGNED_OFF),
                t.steps().stream().map(LetterTimeline.Step::action).toList());
        assertEquals(List.of(0, 0, 1, 0, 2, 3), t.steps().stream().map(LetterTimeline.Step::workingDays).toList());
        assertEquals(List.of("registry", "system", "clerk", "handler", "handler", "officer"),
                t.steps().stream().map(LetterTimeline.Step::actor).toList());
        assertEquals(6, t.totalWorkingDays());
    }

    @Test
    void theNationalDayWeekAndItsMakeUpDayCountAsTheCalendarSays() {
        // 2026: 1–7 October off, Saturday 10 October a make-up workday (src/main/resources/calendar/cn-workdays.txt)
        event("LETTER_RECEIVED", "registry", at(9, 30, 10));
        event("EXTRACTION_VERIFIED", "clerk", at(10, 8, 10));
        event("SCREENED", "handler", at(10, 10, 10));
        assertEquals(List.of(0, 1, 2), LetterTimeline.of(events, CALENDAR, ZONE).steps().stream()
                .map(LetterTimeline.Step::workingDays).toList());
    }

    @Test
    void theDayIsTheCentresDay() {
        // Thursday 20:00 UTC is Friday 04:00 in Shanghai: a step later that Friday took no working day there.
        event("LETTER_RECEIVED", "registry", ZonedDateTime.of(2026, 12, 3, 20, 0, 0, 0, ZoneId.of("UTC")));
        event("EXTRACTION_VERIFIED", "clerk", at(12, 4, 10));
        assertEquals(0, LetterTimeline.of(events, CALENDAR, ZONE).steps().get(1).workingDays());
        assertEquals(1, LetterTimeline.of(events, CALENDAR, ZoneId.of("UTC")).steps().get(1).workingDays());
    }
}
