package com.creditquerydesk.domain.model.register;

import java.util.Objects;

/**
 * A register record that matched a candidate, with the versions bounding its validity
 * ({@code removedInVersion} is null while the record is still listed).
 */
public record RegisterMatch(ScreeningCandidate candidate, RegisterRecord record, int addedInVersion,
                            Integer removedInVersion) {

    public RegisterMatch {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(record, "record");
    }
}
