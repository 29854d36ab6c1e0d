package com.creditquerydesk.domain.model.statistics;

import com.creditquerydesk.domain.model.calendar.CalendarFile;
import com.creditquerydesk.domain.model.calendar.WorkingDayCalendar;
import com.creditquerydesk.domain.model.letter.DocumentNumber;
import com.creditquerydesk.domain.model.letter.StoredFile;
import com.creditquerydesk.domain.model.objection.Decision;
import com.creditquerydesk.domain.model.objection.Objection;
import com.creditquerydesk.domain.model.objection.ObjectionParty;
import com.creditquerydesk.domain.model.objection.ObjectionRoutes;
import com.creditquerydesk.domain.model.objection.Objector;
import com.creditquerydesk.domain.model.reply.ReplyKind;
import com.creditquerydesk.domain.model.reply.ReplyLetter;
import com.creditquerydesk.domain.model.statistics.ObjectionFigures.HopFigures;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.creditquerydesk.domain.model.objection.ObjectionParty.CENTRE;
import static com.creditquerydesk.domain.model.objection.ObjectionParty.NATIONAL_CENTRE;
import static com.creditquerydesk.domain.model.objection.ObjectionParty.REQUESTING_UNIT;
import static com.creditquerydesk.domain.model.objection.ObjectionParty.SUBJECT;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * docs/rules.md#R66 across the 2026 National Day week (10-01..10-07 off, Saturday 10-10 worked); the replies reached
 * the requesting units on Tuesday 2026-09-29.
 */
class ObjectionFiguresTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(List.of(CalendarFile.bundled()));
    private static final ObjectionRoutes ROUTES = ObjectionRoutes.of(List.of(ObjectionRoutes.bundled()));
    private static final LocalDate RESULT = LocalDate.of(2026, 9, 29);
    private static final Instant NOW = Instant.parse("2026-10-12T02:00:00Z");
    private static final StoredFile FILE = new StoredFile("a".repeat(64), "application/pdf", 100, "异议.pdf", 1);

    private static Objection open(String route, Objector objector, LocalDate receivedOn, LocalDate registeredOn) {
        ReplyLetter reply = new ReplyLetter("letter-1", ReplyKind.SHAANXI);
        reply.redraft(ReplyKind.SHAANXI, NOW, "handler", "b".repeat(64), "c".repeat(64));
        reply.signOff(new DocumentNumber("陕信用函", 2026, 7), 7, NOW, "officer", "d".repeat(64), "CODE");
        return Objection.open(reply, RESULT, 2, new Objection.Opening(List.of(1), objector, receivedOn,
                ROUTES.find(route).orElseThrow(), FILE), "registry", NOW, registeredOn, CALENDAR);
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private static HopFigures hop(ObjectionFigures f, ObjectionParty from, ObjectionParty to) {
        return f.hops().stream().filter(h -> h.from() == from && h.to() == to).findFirst().orElseThrow();
    }

    @Test
    void countsOutcomesLateRaisesAndTheWorkingDaysOfEachKindOfHop() {
        Objection answered = open("SHAANXI_PROVINCIAL", Objector.CANDIDATE, d(10, 9), d(10, 12));
        answered.closeHop(3, d(10, 14), null, null, "handler", NOW, d(10, 14));
        answered.closeHop(4, d(10, 20), null, null, "handler", NOW, d(10, 20));
        answered.decide(Decision.UPHOLD, null, "handler", NOW);
        answered.closeHop(5, d(10, 26), null, null, "handler", NOW, d(10, 26)); // due 10-23: late
        Objection late = open("SHAANXI_PROVINCIAL", Objector.CANDIDATE, d(10, 10), d(10, 12));
        Objection corrected = open("SHAANXI_PROVINCIAL", Objector.CANDIDATE, d(9, 30), d(9, 30));
        corrected.decide(Decision.CORRECT, "名单记录已撤销", "handler", NOW);

        ObjectionFigures f = ObjectionFigures.of(List.of(answered, late, corrected), CALENDAR);
        assertEquals(List.of(3L, 1L, 1L, 1L, 1L), List.of(f.opened(), f.late(), f.upheld(), f.corrected(), f.undecided()));
        // the raise: 9-29 → 10-09 is 3 working days (9-30, 10-08, 10-09), → 10-10 is 4 (late), → 9-30 is 1
        HopFigures raise = hop(f, SUBJECT, REQUESTING_UNIT);
        assertEquals(Map.of(1, 1L, 3, 1L, 4, 1L), raise.days().lettersByDays());
        assertEquals(1, raise.closedLate());
        // to the centre, registered: 10-09 → 10-12 is 2 (the Saturday worked), 10-10 → 10-12 is 1, 9-30 → 9-30 is 0
        assertEquals(Map.of(0, 1L, 1, 1L, 2, 1L), hop(f, REQUESTING_UNIT, CENTRE).days().lettersByDays());
        assertEquals(Map.of(2, 1L), hop(f, CENTRE, NATIONAL_CENTRE).days().lettersByDays(), "10-12 → 10-14; the rest open");
        assertEquals(0, hop(f, CENTRE, NATIONAL_CENTRE).closedLate());
        assertEquals(Map.of(4, 1L), hop(f, NATIONAL_CENTRE, CENTRE).days().lettersByDays());
        HopFigures answer = hop(f, CENTRE, REQUESTING_UNIT);
        assertEquals(Map.of(4, 1L), answer.days().lettersByDays(), "10-20 → 10-26");
        assertEquals(1, answer.closedLate());
        assertEquals("本中心→查询申请单位", answer.label());
        assertEquals(0, hop(f, REQUESTING_UNIT, SUBJECT).days().count(), "listed, none closed yet");
        assertEquals(List.of(SUBJECT, REQUESTING_UNIT, CENTRE, NATIONAL_CENTRE, CENTRE, REQUESTING_UNIT),
                f.hops().stream().map(HopFigures::from).toList(), "in the order of the route");
    }

    @Test
    void aPeriodWithoutObjectionsHasNone() {
        assertEquals(ObjectionFigures.NONE, ObjectionFigures.of(List.of(), CALENDAR));
    }
}
