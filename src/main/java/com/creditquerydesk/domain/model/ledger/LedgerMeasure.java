package com.creditquerydesk.domain.model.ledger;

import java.time.Instant;
import java.util.Objects;

/** The 应用措施 recorded for one candidate of a letter (its place in the letter's list), by whom and when. */
public record LedgerMeasure(String letterId, int candidateIndex, ApplicationMeasure measure, String recordedBy,
                            Instant recordedAt) {

    public LedgerMeasure {
        Objects.requireNonNull(letterId, "letterId");
        if (candidateIndex < 1) {
            throw new IllegalArgumentException("candidates are numbered from 1");
        }
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
