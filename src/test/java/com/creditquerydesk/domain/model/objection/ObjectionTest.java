package com.creditquerydesk.domain.model.objection;

import com.creditquerydesk.domain.model.calendar.CalendarFile;
import com.creditquerydesk.domain.model.calendar.WorkingDayCalendar;
import com.creditquerydesk.domain.model.letter.DocumentNumber;
import com.creditquerydesk.domain.model.letter.StoredFile;
import com.creditquerydesk.domain.model.reply.ReplyKind;
import com.creditquerydesk.domain.model.reply.ReplyLetter;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chain rules of docs/rules.md#R86–R88 across the 2026 National Day week: 10-01..10-07 off, Saturday 10-10 worked.
 * The reply reached the requesting unit on Tuesday 2026-09-29.
 */
class ObjectionTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(List.of(CalendarFile.bundled()));
    private static final ObjectionRoutes ROUTES = ObjectionRoutes.of(List.of(ObjectionRoutes.bundled()));
    private static final LocalDate RESULT = LocalDate.of(2026, 9, 29);
    private static final Instant NOW = Instant.parse("2026-10-12T02:00:00Z");
    private static final StoredFile FILE = new StoredFile("a".repeat(64), "application/pdf", 100, "异议.pdf", 1);

    private static ReplyLetter signedReply() {
        ReplyLetter r = new ReplyLetter("letter-1", ReplyKind.SHAANXI);
        r.redraft(ReplyKind.SHAANXI, NOW, "handler", "b".repeat(64), "c".repeat(64));
        r.signOff(new DocumentNumber("陕信用函", 2026, 7), 7, NOW, "officer", "d".repeat(64), "CODE");
        return r;
    }

    private static Objection open(String route, Objector objector, LocalDate receivedOn, LocalDate today) {
        return Objection.open(signedReply(), RESULT, 2, new Objection.Opening(List.of(2), objector, receivedOn,
                ROUTES.find(route).orElseThrow(), FILE), "registry", NOW, today, CALENDAR);
    }

    private static List<LocalDate> dueDates(Objection o) {
        List<LocalDate> due = new ArrayList<>();
        for (int i = 0; i < o.hops().size(); i++) {
            due.add(o.dueDate(i, CALENDAR).orElse(null));
        }
        return due;
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    @Test
    void shaanxiProvincialHopsAreDueAcrossNationalDay() {
        Objection o = open("SHAANXI_PROVINCIAL", Objector.CANDIDATE, d(10, 9), d(10, 12));
        assertFalse(o.late(), "received on the third working day after the result: in time");
        // raise: 9-30, 10-08, 10-09; to the centre: 10-10 (the Saturday worked), 10-12, 10-13; to the national centre
        // 3 working days after the centre received it (10-12); the national review has no limit, so nothing after it yet
        assertEquals(java.util.Arrays.asList(d(10, 9), d(10, 13), d(10, 15), null, null, null), dueDates(o));
        assertEquals(List.of(HopStatus.CLOSED, HopStatus.CLOSED, HopStatus.OPEN, HopStatus.WAITING, HopStatus.WAITING,
                HopStatus.WAITING), List.of(o.status(0), o.status(1), o.status(2), o.status(3), o.status(4), o.status(5)));
        assertEquals(d(10, 9), o.hops().get(0).closedOn());
        assertEquals(ObjectionParty.SUBJECT, o.hops().get(0).from());
        assertEquals(d(10, 12), o.hops().get(1).closedOn(), "the centre received it the day it was registered");
        assertEquals(FILE.sha256(), o.hops().get(1).document().sha256(), "with the objection letter as its document");
        assertTrue(o.awaitsCentre());

        o.closeHop(3, d(10, 14), null, "报送国家公共信用信息中心", "handler", NOW, d(10, 14));
        assertFalse(o.awaitsCentre(), "the national centre's review is not the centre's hop");
        o.closeHop(4, d(10, 20), new ObjectionHop.Document("e".repeat(64), "application/pdf", "复核结果.pdf"), null,
                "handler", NOW, d(10, 20));
        // the written answer within 3 working days of the national result (10-20), the unit tells the subject 3 more
        assertEquals(d(10, 23), o.dueDate(4, CALENDAR).orElseThrow());
        assertEquals(d(10, 28), o.dueDate(5, CALENDAR).orElseThrow(), "until the answer is closed, counted from its due date");
        assertTrue(o.awaitsCentre());
        DomainException noOutcome = assertThrows(DomainException.class,
                () -> o.closeHop(5, d(10, 21), null, null, "handler", NOW, d(10, 21)));
        assertEquals("OUTCOME_REQUIRED", noOutcome.code());
        o.decide(Decision.UPHOLD, null, "handler", NOW);
        o.closeHop(5, d(10, 21), null, null, "handler", NOW, d(10, 21));
        assertEquals(d(10, 26), o.dueDate(5, CALENDAR).orElseThrow(), "from the day the answer was sent");
        o.closeHop(6, d(10, 26), null, null, "registry", NOW, d(10, 26));
        assertTrue(o.openHop().isEmpty());
        assertFalse(o.awaitsCentre());
    }

    @Test
    void theChainAlsoRunsThroughTheHolidayWhenTheCentreReceivesItBeforeIt() {
        Objection o = open("SHAANXI_PROVINCIAL", Objector.CANDIDATE, d(9, 30), d(9, 30));
        // to the national centre: 10-08, 10-09 and the Saturday 10-10 worked
        assertEquals(d(10, 10), o.dueDate(2, CALENDAR).orElseThrow());
    }

    @Test
    void anObjectionReceivedAfterTheRaiseLimitIsRecordedButLate() {
        Objection late = open("SHAANXI_PROVINCIAL", Objector.CANDIDATE, d(10, 10), d(10, 12));
        assertTrue(late.late(), "the Saturday worked is the fourth working day");
        assertEquals(d(10, 10), late.hops().get(0).closedOn(), "recorded all the same");
        assertEquals(d(10, 15), late.dueDate(2, CALENDAR).orElseThrow(), "the hops after it run as usual");
    }

    @Test
    void henanGivesSevenWorkingDaysToObjectThenThreePerHop() {
        Objection inTime = open("HENAN", Objector.REQUESTING_UNIT, d(10, 14), d(10, 14));
        assertFalse(inTime.late());
        assertEquals(d(10, 14), inTime.dueDate(0, CALENDAR).orElseThrow(), "9-30, 10-08, 10-09, 10-10, 10-12, 10-13, 10-14");
        assertEquals(ObjectionParty.REQUESTING_UNIT, inTime.hops().get(0).from(), "the unit objects itself");
        assertEquals(d(10, 19), inTime.dueDate(1, CALENDAR).orElseThrow(), "10-15, 10-16, 10-19 after it was received");
        assertEquals(d(10, 19), inTime.dueDate(2, CALENDAR).orElseThrow(), "3 working days after the centre received it, 10-14");
        assertTrue(open("HENAN", Objector.CANDIDATE, d(10, 15), d(10, 15)).late());
    }

    @Test
    void theCityRouteIsAnsweredByTheCityPlatformAndNeverWaitsForTheCentre() {
        Objection o = open("SHAANXI_CITY", Objector.CANDIDATE, d(10, 8), d(10, 12));
        assertEquals(HopStatus.OPEN, o.status(1), "the unit passes it to the city platform: not the centre's");
        assertFalse(o.awaitsCentre());
        assertEquals(java.util.Arrays.asList(d(10, 9), d(10, 12), d(10, 15), d(10, 20)), dueDates(o));
        o.closeHop(2, d(10, 9), null, null, "registry", NOW, d(10, 12));
        assertEquals(d(10, 13), o.dueDate(2, CALENDAR).orElseThrow(), "the platform answers within 3 working days");
        assertFalse(o.awaitsCentre());
    }

    @Test
    void hopsAreClosedInOrderOnPlausibleDays() {
        Objection o = open("SHAANXI_PROVINCIAL", Objector.CANDIDATE, d(10, 9), d(10, 12));
        assertEquals("HOP_OUT_OF_ORDER", code(() -> o.closeHop(4, d(10, 12), null, null, "h", NOW, d(10, 12))));
        assertEquals("HOP_ALREADY_CLOSED", code(() -> o.closeHop(2, d(10, 12), null, null, "h", NOW, d(10, 12))));
        assertEquals("HOP_NOT_FOUND", code(() -> o.closeHop(7, d(10, 12), null, null, "h", NOW, d(10, 12))));
        assertEquals("HOP_NOT_FOUND", code(() -> o.closeHop(0, d(10, 12), null, null, "h", NOW, d(10, 12))));
        assertEquals("HOP_DATE_REQUIRED", code(() -> o.closeHop(3, null, null, null, "h", NOW, d(10, 12))));
        assertEquals("HOP_DATE_IN_FUTURE", code(() -> o.closeHop(3, d(10, 13), null, null, "h", NOW, d(10, 12))));
        assertEquals("HOP_DATE_BEFORE_PREVIOUS", code(() -> o.closeHop(3, d(10, 9), null, null, "h", NOW, d(10, 12))));
        assertEquals("HOP_NOTE_TOO_LONG", code(() -> o.closeHop(3, d(10, 12), null, "字".repeat(501), "h", NOW, d(10, 12))));
        assertEquals(HopStatus.OPEN, o.status(2), "nothing refused changed the hop");
        assertNull(o.hops().get(2).closedOn());
        o.closeHop(3, d(10, 12), null, "  当天报送 ", "h", NOW, d(10, 12));
        assertEquals("当天报送", o.hops().get(2).note());
    }

    @Test
    void anObjectionIsOpenedOnASignedReplyForItsOwnCandidatesOnly() {
        ObjectionRoute route = ROUTES.find("SHAANXI_PROVINCIAL").orElseThrow();
        ReplyLetter draft = new ReplyLetter("letter-2", ReplyKind.SHAANXI);
        assertEquals("REPLY_NOT_SIGNED", code(() -> Objection.open(draft, RESULT, 2, new Objection.Opening(List.of(1),
                Objector.CANDIDATE, d(10, 9), route, FILE), "registry", NOW, d(10, 12), CALENDAR)));
        assertEquals("CANDIDATE_NOT_IN_REPLY", code(() -> opening(List.of(3), Objector.CANDIDATE, d(10, 9), route, FILE)));
        assertEquals("CANDIDATE_NOT_IN_REPLY", code(() -> opening(List.of(0), Objector.CANDIDATE, d(10, 9), route, FILE)));
        assertEquals("CANDIDATES_REQUIRED", code(() -> opening(List.of(), Objector.CANDIDATE, d(10, 9), route, FILE)));
        assertEquals("OBJECTOR_REQUIRED", code(() -> opening(List.of(1), null, d(10, 9), route, FILE)));
        assertEquals("ROUTE_REQUIRED", code(() -> opening(List.of(1), Objector.CANDIDATE, d(10, 9), null, FILE)));
        assertEquals("RECEIVED_ON_REQUIRED", code(() -> opening(List.of(1), Objector.CANDIDATE, null, route, FILE)));
        assertEquals("RECEIVED_ON_IN_FUTURE", code(() -> opening(List.of(1), Objector.CANDIDATE, d(10, 13), route, FILE)));
        assertEquals("RECEIVED_BEFORE_RESULT", code(() -> opening(List.of(1), Objector.CANDIDATE, d(9, 28), route, FILE)));
        assertEquals("FILE_REQUIRED", code(() -> opening(List.of(1), Objector.CANDIDATE, d(10, 9), route, null)));
        Objection both = opening(List.of(2, 1, 2), Objector.CANDIDATE, d(10, 9), route, FILE);
        assertEquals(List.of(1, 2), both.candidates(), "each candidate once, in the reply's order");
        assertEquals("陕信用函〔2026〕7号", both.replyNumber());
    }

    @Test
    void theOutcomeIsRecordedOnceAndACorrectionSaysWhy() {
        Objection o = open("SHAANXI_PROVINCIAL", Objector.CANDIDATE, d(10, 9), d(10, 12));
        assertEquals("DECISION_REQUIRED", code(() -> o.decide(null, null, "h", NOW)));
        assertEquals("CORRECTION_REASON_REQUIRED", code(() -> o.decide(Decision.CORRECT, "  ", "h", NOW)));
        assertEquals("DECISION_REASON_TOO_LONG", code(() -> o.decide(Decision.CORRECT, "字".repeat(501), "h", NOW)));
        assertEquals(Optional.empty(), o.decision());
        o.decide(Decision.CORRECT, "国家公共信用信息中心复核：该案已结案", "h", NOW);
        assertEquals(Optional.of(Decision.CORRECT), o.decision());
        assertEquals("国家公共信用信息中心复核：该案已结案", o.decisionReason());
        assertEquals("OBJECTION_ALREADY_DECIDED", code(() -> o.decide(Decision.UPHOLD, null, "h", NOW)));
    }

    @Test
    void onlyTheRegistryOrTheLettersHandlerRecords() {
        Objection.requireRecorder("handler", "registry", Set.of(Role.REGISTRY_CLERK));
        Objection.requireRecorder("handler", "handler", Set.of(Role.HANDLER));
        assertEquals("NOT_YOUR_LETTER", code(() -> Objection.requireRecorder("handler", "handler2", Set.of(Role.HANDLER))));
        assertEquals("NOT_YOUR_LETTER", code(() -> Objection.requireRecorder("handler", "handler", Set.of(Role.REVIEWER))));
        assertEquals("NOT_YOUR_LETTER", code(() -> Objection.requireRecorder(null, "officer", Set.of(Role.PRINCIPAL_OFFICER))));
    }

    private static Objection opening(List<Integer> candidates, Objector objector, LocalDate receivedOn,
                                     ObjectionRoute route, StoredFile file) {
        return Objection.open(signedReply(), RESULT, 2, new Objection.Opening(candidates, objector, receivedOn, route, file),
                "registry", NOW, d(10, 12), CALENDAR);
    }

    private static String code(Runnable r) {
        return assertThrows(DomainException.class, r::run).code();
    }
}
