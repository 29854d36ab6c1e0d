package com.creditquerydesk.domain.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Which blobs the sweeper removes (docs/rules.md#R96): those no row points to that were last stored longer than the
 * grace period ago. A blob is written before the row that points to it commits, so a young unreferenced blob is one
 * whose row is still on its way; the grace period is at least an hour, longer than any request or job that writes one.
 */
public record BlobSweep(Duration grace) {

    public static final Duration MIN_GRACE = Duration.ofHours(1);

    public BlobSweep {
        Objects.requireNonNull(grace, "grace");
        if (grace.compareTo(MIN_GRACE) < 0) {
            throw new IllegalArgumentException("the grace period before an unreferenced blob is removed is at least "
                    + "an hour (CQD_BLOB_GRACE_HOURS), got " + grace);
        }
    }

    /** Blobs last stored before this instant are old enough to be removed. */
    public Instant cutoff(Instant now) {
        return now.minus(grace);
    }

    public boolean mayRemove(BlobStore.Stored blob, boolean referenced, Instant now) {
        return !referenced && blob.storedAt().isBefore(cutoff(now));
    }
}
