package com.creditquerydesk.domain.model.screening;

import java.time.Instant;

/** The second person's confirmation of a hit (二次复审、复核、复查, docs/rules.md#R7). */
public record HitReview(Decision decision, String reviewer, String note, Instant at) {

    public enum Decision { CONFIRMED, OVERTURNED }
}
