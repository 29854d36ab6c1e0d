package com.creditquerydesk.domain.model.screening;

import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.domain.model.register.NameDifference;
import com.creditquerydesk.domain.model.register.RegisterMatch;
import com.creditquerydesk.domain.model.register.RegisterRecord;
import com.creditquerydesk.domain.model.register.ScreeningCandidate;
import com.creditquerydesk.domain.model.screening.HitReview.Decision;
import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 批量确认 of a letter's exact hits (docs/rules.md#R102) and the review counts of its queue (docs/rules.md#R103). */
class ScreeningBatchTest {

    private static final String ID = ScreeningResultTest.ID;
    private static final Instant T = ScreeningResultTest.T;
    private static final RegisterRecord RECORD = ScreeningResultTest.RECORD;

    private static ScreeningResult hit(int index) {
        return new ScreeningResult(index, "张三", ID, List.of(HitRecord.of(RECORD, 1)), List.of(), null);
    }

    private static ScreeningResult clear(int index) {
        return new ScreeningResult(index, "李四", ID, List.of(), List.of(), null);
    }

    private static ScreeningResult possible(int index) {
        ScreeningCandidate c = new ScreeningCandidate("张叁", IdNumber.parse(ID));
        ScreeningResult r = ScreeningResult.of(index, c,
                List.of(new RegisterMatch(c, RECORD, 1, null, NameDifference.ONE_CHARACTER)));
        assertTrue(r.possible());
        return r;
    }

    /** 1 hit, 2 clear, 3 hit, 4 possible hit. */
    private static Screening screening() {
        return new Screening("L1", 1, T, "handler", List.of(hit(1), clear(2), hit(3), possible(4)));
    }

    @Test
    void eachHitOfTheBatchIsConfirmedByTheReviewerWithTheNote() {
        Screening s = screening().confirmHits(List.of(3, 1), "reviewer", " 身份证号码与姓名均一致 ", T);
        for (int i : List.of(1, 3)) {
            HitReview review = s.result(i).review();
            assertEquals(Decision.CONFIRMED, review.decision());
            assertEquals("reviewer", review.reviewer());
            assertEquals("身份证号码与姓名均一致", review.note());
        }
        assertNull(s.result(4).review(), "the possible hit still waits");
        assertTrue(s.awaitsReview());
        assertEquals(new Screening.ReviewCounts(3, 1), s.reviewCounts());
    }

    @Test
    void aBatchThatNamesAnythingButUnreviewedExactHitsChangesNothing() {
        Screening s = screening();
        assertEquals("NOT_A_HIT", assertThrows(DomainException.class,
                () -> s.confirmHits(List.of(1, 2), "reviewer", null, T)).code());
        assertEquals("RESULT_NOT_FOUND", assertThrows(DomainException.class,
                () -> s.confirmHits(List.of(1, 9), "reviewer", null, T)).code());
        assertEquals("BATCH_POSSIBLE_HIT", assertThrows(DomainException.class,
                () -> s.confirmHits(List.of(1, 4), "reviewer", "一致", T)).code());
        assertEquals("BATCH_DUPLICATE", assertThrows(DomainException.class,
                () -> s.confirmHits(List.of(1, 1), "reviewer", null, T)).code());
        assertEquals("BATCH_EMPTY", assertThrows(DomainException.class,
                () -> s.confirmHits(List.of(), "reviewer", null, T)).code());
        Screening once = s.confirmHits(List.of(1), "reviewer", null, T);
        assertEquals("ALREADY_REVIEWED", assertThrows(DomainException.class,
                () -> once.confirmHits(List.of(3, 1), "reviewer", null, T)).code());
        assertNull(s.result(1).review(), "the screening itself never changes");
        assertEquals(new Screening.ReviewCounts(3, 3), s.reviewCounts());
    }
}
