package com.creditquerydesk.domain.model.screening;

import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.domain.model.register.MaskedIdNumber;
import com.creditquerydesk.domain.model.register.RegisterMatch;
import com.creditquerydesk.domain.model.register.RegisterRecord;
import com.creditquerydesk.domain.model.register.ScreeningCandidate;
import com.creditquerydesk.domain.model.screening.HitReview.Decision;
import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The second review of one hit (docs/rules.md#R7), the same for a letter's candidate and an applicant list's row. */
class ScreeningResultTest {

    private static final String ID = "11010519491231002X";
    private static final Instant T = Instant.parse("2026-12-02T02:00:00Z");
    private static final RegisterRecord RECORD = new RegisterRecord("张三", MaskedIdNumber.parse("1101051949****002X"),
            "北京市东城区人民法院", "北京", "（2026）京0101执1号", "", "", "全部未履行", "", LocalDate.of(2026, 1, 5),
            LocalDate.of(2026, 2, 1));
    private static final HitRecord HIT = HitRecord.of(RECORD, 1);

    private static ScreeningResult hit() {
        return new ScreeningResult(1234, "张三", ID, List.of(HIT), null);
    }

    @Test
    void aConfirmedHitStaysAHitAndAnOverturnedOneReadsNoRecordWithItsReason() {
        ScreeningResult confirmed = hit().review("reviewer", Decision.CONFIRMED, null, T);
        assertEquals(ScreeningResult.Outcome.HIT, confirmed.outcome());
        assertFalse(confirmed.awaitsReview());
        assertNull(confirmed.review().note());
        ScreeningResult overturned = hit().review("reviewer", Decision.OVERTURNED, "  同名不同人 ", T);
        assertEquals(ScreeningResult.Outcome.NO_RECORD, overturned.outcome());
        assertEquals("同名不同人", overturned.review().note());
        assertEquals("reviewer", overturned.review().reviewer());
        assertTrue(overturned.matched(), "the match itself is kept");
    }

    @Test
    void anOverturnNeedsAReasonAHitIsReviewedOnceAndANonHitNever() {
        assertEquals("REVIEW_NOTE_REQUIRED", assertThrows(DomainException.class,
                () -> hit().review("r", Decision.OVERTURNED, " ", T)).code());
        ScreeningResult once = hit().review("r", Decision.CONFIRMED, null, T);
        DomainException again = assertThrows(DomainException.class, () -> once.review("r2", Decision.CONFIRMED, null, T));
        assertEquals("ALREADY_REVIEWED", again.code());
        assertEquals(DomainException.Kind.CONFLICT, again.kind());
        DomainException none = assertThrows(DomainException.class, () -> new ScreeningResult(5, "李四", ID, List.of(), null)
                .review("r", Decision.CONFIRMED, null, T));
        assertEquals("NOT_A_HIT", none.code());
        assertTrue(none.messageZh().contains("第 5 位"), none.messageZh());
    }

    @Test
    void maskedShowsSixAndFourAndKeepsTheRest() {
        ScreeningResult m = hit().masked();
        assertEquals(IdNumber.mask(ID), m.idNumber());
        assertEquals("110105********002X", m.idNumber());
        assertEquals(1234, m.index());
        assertEquals(List.of(HIT), m.records());
    }

    @Test
    void matchesAreGroupedByTheCandidateTheyMatched() {
        ScreeningCandidate a = new ScreeningCandidate("张三", IdNumber.parse(ID));
        ScreeningCandidate b = new ScreeningCandidate("张三", IdNumber.parse("110105491231002"));
        ScreeningCandidate c = new ScreeningCandidate("李四", IdNumber.parse(ID));
        RegisterRecord second = new RegisterRecord("张三", MaskedIdNumber.parse("1101051949****002X"), "另一法院", "北京",
                "（2026）京0101执2号", "", "", "", "", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 1));
        Map<ScreeningCandidate, List<HitRecord>> by = ScreeningResult.recordsByCandidate(List.of(
                new RegisterMatch(a, RECORD, 1, null), new RegisterMatch(a, second, 2, null)));
        assertEquals(List.of(HIT, HitRecord.of(second, 2)), by.get(a));
        assertEquals(by.get(a), by.get(b), "the same person in the legacy form is the same candidate");
        assertNull(by.get(c));
    }

    @Test
    void theDecisionIsReadAsAReviewerSendsIt() {
        assertEquals(Decision.CONFIRMED, Decision.parse(" confirm "));
        assertEquals(Decision.CONFIRMED, Decision.parse("CONFIRMED"));
        assertEquals(Decision.OVERTURNED, Decision.parse("Overturn"));
        assertEquals(Decision.OVERTURNED, Decision.parse("OVERTURNED"));
        assertEquals("DECISION_REQUIRED", assertThrows(DomainException.class, () -> Decision.parse(null)).code());
        assertEquals("DECISION_REQUIRED", assertThrows(DomainException.class, () -> Decision.parse(" ")).code());
        assertEquals("DECISION_UNKNOWN", assertThrows(DomainException.class, () -> Decision.parse("maybe")).code());
    }
}
