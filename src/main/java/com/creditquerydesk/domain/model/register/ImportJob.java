package com.creditquerydesk.domain.model.register;

import java.time.Instant;
import java.util.Objects;

/**
 * An import running in the background: progress while RUNNING, the version and counts when DONE,
 * the error when FAILED.
 *
 * @param versionNumber null unless DONE: the version made, or the current one when the register was unchanged
 * @param outcome       null unless DONE
 * @param finishedAt    null while RUNNING
 * @param errorZh       null unless FAILED
 */
public record ImportJob(long id, String sourceFileName, ImportMode mode, ImportJobStatus status, long rowsRead,
                        Integer versionNumber, ImportOutcome outcome, ImportCounts counts, Instant startedAt,
                        Instant finishedAt, String errorZh, String errorEn) {

    public ImportJob {
        Objects.requireNonNull(sourceFileName, "sourceFileName");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
