package com.creditquerydesk.domain.model.screening;

import java.util.List;

/**
 * The result for one candidate, in the letter's order. A hit stays a hit until a reviewer overturns it;
 * an overturned hit reads as NO_RECORD with the review (and its reason) kept.
 */
public record ScreeningResult(int index, String name, String idNumber, List<HitRecord> records, HitReview review) {

    public enum Outcome { NO_RECORD, HIT }

    public ScreeningResult {
        records = List.copyOf(records);
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

    ScreeningResult reviewed(HitReview review) {
        return new ScreeningResult(index, name, idNumber, records, review);
    }
}
