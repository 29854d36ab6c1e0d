package com.creditquerydesk.domain.model.screening;

import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.domain.model.register.MaskedIdNumber;
import com.creditquerydesk.domain.model.register.NameDifference;
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
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The second review of one hit (docs/rules.md#R7) or possible hit (docs/rules.md#R57), the same for a letter's candidate
 * and an applicant list's row.
 */
class ScreeningResultTest {

    static final String ID = "11010519491231002X";
    static final Instant T = Instant.parse("2026-12-02T02:00:00Z");
    static final RegisterRecord RECORD = new RegisterRecord("张三", MaskedIdNumber.parse("1101051949****002X"),
            "北京市东城区人民法院", "北京", "（2026）京0101执1号", "", "", "全部未履行", "", LocalDate.of(2026, 1, 5),
            LocalDate.of(2026, 2, 1));
    private static final HitRecord HIT = HitRecord.of(RECORD, 1);

    private static ScreeningResult hit() {
        return new ScreeningResult(1234, "张三", ID, List.of(HIT), List.of(), null);
    }

    /** 张叁 read from the letter; the register lists 张三 under the same ID. */
    private static ScreeningResult possible() {
        return ScreeningResult.of(7, new ScreeningCandidate("张叁", IdNumber.parse(ID)),
                List.of(new RegisterMatch(new ScreeningCandidate("张叁", IdNumber.parse(ID)), RECORD, 1, null,
                        NameDifference.ONE_CHARACTER)));
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
        DomainException none = assertThrows(DomainException.class, () -> new ScreeningResult(5, "李四", ID, List.of(), List.of(), null)
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
        Map<ScreeningCandidate, List<RegisterMatch>> by = RegisterMatch.byCandidate(List.of(
                new RegisterMatch(a, RECORD, 1, null, null), new RegisterMatch(a, second, 2, null, null)));
        assertEquals(List.of(HIT, HitRecord.of(second, 2)), ScreeningResult.of(1, a, by.get(a)).records());
        assertEquals(by.get(a), by.get(b), "the same person in the legacy form is the same candidate");
        assertNull(by.get(c));
    }

    @Test
    void aPossibleHitAwaitsReviewCountsNoExactRecordAndShowsTheRegistersMaskedIdOnly() {
        RegisterRecord full = new RegisterRecord("张三", MaskedIdNumber.parse(ID), "北京市东城区人民法院", "北京",
                "（2026）京0101执1号", "", "", "", "", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 1));
        ScreeningCandidate read = new ScreeningCandidate("张叁", IdNumber.parse(ID));
        ScreeningResult r = ScreeningResult.of(3, read, List.of(new RegisterMatch(read, full, 2, null,
                NameDifference.ONE_CHARACTER)));
        assertEquals(ScreeningResult.Outcome.POSSIBLE_HIT, r.outcome());
        assertTrue(r.awaitsReview());
        assertTrue(r.possible() && r.flagged());
        assertFalse(r.matched(), "not a hit by the exact rule");
        assertEquals(List.of(), r.records());
        assertEquals("1101051949****002X", r.possibleRecords().get(0).record().idNumber(),
                "the register showed the full number; a possible hit shows its masked form");
        assertEquals(NameDifference.ONE_CHARACTER, r.possibleRecords().get(0).difference());
        assertEquals(List.of(), r.listedRecords(), "nothing is listed before the review");
    }

    @Test
    void aConfirmedPossibleHitIsAHitOnItsRecordsAndAnOverturnedOneHasNoRecord() {
        ScreeningResult confirmed = possible().review("reviewer", Decision.CONFIRMED, "页面为张三，与名单一致", T);
        assertEquals(ScreeningResult.Outcome.HIT, confirmed.outcome());
        assertFalse(confirmed.awaitsReview());
        assertFalse(confirmed.matched(), "still no exact record: hitCount does not count it");
        assertEquals(List.of(HIT.name()), confirmed.listedRecords().stream().map(HitRecord::name).toList());
        assertEquals("页面为张三，与名单一致", confirmed.review().note());
        assertEquals(T, confirmed.review().at());

        ScreeningResult overturned = possible().review("reviewer", Decision.OVERTURNED, "页面即张叁，另一人", T);
        assertEquals(ScreeningResult.Outcome.NO_RECORD, overturned.outcome());
        assertEquals(List.of(), overturned.listedRecords());
        assertTrue(overturned.possible(), "the possible match itself is kept");
    }

    @Test
    void aPossibleHitIsConfirmedOrOverturnedOnlyWithAReasonAndOnlyOnce() {
        assertEquals("REVIEW_NOTE_REQUIRED", assertThrows(DomainException.class,
                () -> possible().review("r", Decision.CONFIRMED, " ", T)).code());
        assertEquals("REVIEW_NOTE_REQUIRED", assertThrows(DomainException.class,
                () -> possible().review("r", Decision.OVERTURNED, null, T)).code());
        ScreeningResult once = possible().review("r", Decision.CONFIRMED, "一致", T);
        assertEquals("ALREADY_REVIEWED", assertThrows(DomainException.class,
                () -> once.review("r2", Decision.OVERTURNED, "不一致", T)).code());
    }

    @Test
    void aScreeningCountsExactHitsApartFromPossibleOnesAndWaitsForBoth() {
        ScreeningResult clear = new ScreeningResult(2, "李四", "610102199003071235", List.of(), List.of(), null);
        Screening s = new Screening("l", 1, T, "handler", List.of(hit(), clear, possible()));
        assertEquals(1, s.hitCount());
        assertEquals(1, s.possibleHitCount());
        assertTrue(s.hasMatches());
        Screening onlyPossible = new Screening("l", 1, T, "handler", List.of(clear, possible()));
        assertEquals(0, onlyPossible.hitCount());
        assertTrue(onlyPossible.hasMatches(), "a possible hit alone sends the letter to review");
        assertTrue(onlyPossible.awaitsReview());
        Screening confirmed = onlyPossible.review(2, "reviewer", Decision.CONFIRMED, "一致", T);
        assertFalse(confirmed.awaitsReview());
        assertEquals(0, confirmed.hitCount(), "hitCount counts the exact rule only");
        assertEquals(1, confirmed.confirmedPossibleHitCount());
        assertEquals(Set.of("reviewer"), confirmed.hitReviewers(), "a possible hit's reviewer may not sign either");
        assertFalse(new Screening("l", 1, T, "handler", List.of(clear)).hasMatches());
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

    @Test
    void aScreeningCountsStandingHitsTheirRecordsPossibleHitsAndOverturnedOnes() {
        ScreeningResult clean = new ScreeningResult(2, "李四", ID, List.of(), List.of(), null);
        ScreeningResult twoRecords = new ScreeningResult(3, "张三", ID, List.of(HIT, HIT), List.of(), null);
        Screening s = new Screening("L", 1, T, "handler", List.of(hit(), possible(), clean, twoRecords,
                hit().review("reviewer", Decision.OVERTURNED, "同名不同人", T)));
        // standing hits: the unreviewed exact hit (1 record) and the one with 2 records; the possible hit awaits review
        assertEquals(new ScreeningCounts(5, 2, 3, 1, 1), s.counts());
        Screening reviewed = s.review(2, "reviewer", Decision.CONFIRMED, "比对页面一致", T);
        assertEquals(new ScreeningCounts(5, 3, 4, 1, 1), reviewed.counts(), "a confirmed possible hit stands, on its record");
        assertEquals(new ScreeningCounts(5, 1, 2, 1, 2), s.review(1, "reviewer", Decision.OVERTURNED, "不是同一人", T).counts());
    }
}
