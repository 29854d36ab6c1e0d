package com.creditquerydesk.domain.model.register;

import java.time.Instant;
import java.util.Objects;

/**
 * One import of a register file: a screening names the version it ran against, so it can be
 * reproduced later ("as of").
 *
 * @param sha256 hex SHA-256 of the file's bytes
 */
public record RegisterVersion(int number, Instant importedAt, String sourceFileName, String sha256, ImportMode mode,
                              ImportCounts counts) {

    public RegisterVersion {
        if (number < 1) {
            throw new IllegalArgumentException("version numbers start at 1");
        }
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(sourceFileName, "sourceFileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(counts, "counts");
    }
}
