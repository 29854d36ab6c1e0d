package com.creditquerydesk.domain.model.register;

import java.util.Objects;

/**
 * A finished import: the version it made, or for {@link ImportOutcome#UNCHANGED} the current version it answers
 * with, and this import's own counts (for UNCHANGED: every row unchanged or rejected).
 */
public record ImportResult(RegisterVersion version, ImportOutcome outcome, ImportCounts counts) {

    public ImportResult {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(counts, "counts");
        if (outcome == ImportOutcome.UNCHANGED && counts.added() + counts.updated() + counts.removed() > 0) {
            throw new IllegalArgumentException("an import that changed records made a version");
        }
    }

    public static ImportResult newVersion(RegisterVersion version) {
        return new ImportResult(version, ImportOutcome.NEW_VERSION, version.counts());
    }
}
