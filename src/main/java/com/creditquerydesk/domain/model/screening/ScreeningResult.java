package com.creditquerydesk.domain.model.screening;

import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.domain.model.screening.HitReview.Decision;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;

import com.creditquerydesk.domain.model.register.RegisterMatch;
import com.creditquerydesk.domain.model.register.ScreeningCandidate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The result for one candidate, in the letter's order. A hit stays a hit until a reviewer overturns it;
 * an overturned hit reads as NO_RECORD with the review (and its reason) kept.
 */
public record ScreeningResult(int index, String name, String idNumber, List<HitRecord> records, HitReview review) {

    public enum Outcome { NO_RECORD, HIT }

    public ScreeningResult {
        records = List.copyOf(records);
    }

    /** The records each candidate matched, as hit records (a candidate that matched nothing is absent). */
    public static Map<ScreeningCandidate, List<HitRecord>> recordsByCandidate(List<RegisterMatch> matches) {
        Map<ScreeningCandidate, List<HitRecord>> by = new HashMap<>();
        for (RegisterMatch m : matches) {
            by.computeIfAbsent(m.candidate(), c -> new ArrayList<>()).add(HitRecord.of(m.record(), m.addedInVersion()));
        }
        return by;
    }

    /** Whether the register matched, before any review. */
    public boolean matched() {
        return !records.isEmpty();
    }

    /** The result as it stands: a matched candidate whose hit was overturned has no record. */
    public Outcome outcome() {
        return matched() && (review == null || review.decision() == HitReview.Decision.CONFIRMED)
                ? Outcome.HIT : Outcome.NO_RECORD;
    }

    public boolean awaitsReview() {
        return matched() && review == null;
    }

    /**
     * A reviewer's decision on this hit; an overturn needs its reason. Who may review is the letter's rule
     * ({@code IncomingLetter.checkHitReview}, docs/rules.md#R8). {@code index} names the candidate in messages: its
     * place in the letter's list, or its row in an applicant list.
     */
    public ScreeningResult review(String reviewer, Decision decision, String note, Instant at) {
        if (!matched()) {
            throw new DomainException(Kind.CONFLICT, "NOT_A_HIT", "第 " + index + " 位查询对象未命中，无需复核",
                    "candidate " + index + " is not a hit; there is nothing to review");
        }
        if (review != null) {
            throw new DomainException(Kind.CONFLICT, "ALREADY_REVIEWED", "第 " + index + " 位查询对象已复核",
                    "candidate " + index + " has been reviewed already");
        }
        if (decision == Decision.OVERTURNED && (note == null || note.isBlank())) {
            throw new DomainException("REVIEW_NOTE_REQUIRED", "推翻命中结果须填写理由", "overturning a hit needs a reason");
        }
        return new ScreeningResult(index, name, idNumber, records, new HitReview(decision, reviewer,
                note == null ? null : note.strip(), at));
    }

    /** The result as shown outside the duty that covers this person: the ID masked to 6 + 4 (docs/rules.md#R21). */
    public ScreeningResult masked() {
        return new ScreeningResult(index, name, IdNumber.mask(idNumber), records, review);
    }
}
