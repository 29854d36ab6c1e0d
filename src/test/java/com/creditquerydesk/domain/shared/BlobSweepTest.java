package com.creditquerydesk.domain.shared;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which blobs the sweeper may remove (docs/rules.md#R96). */
class BlobSweepTest {

    private static final Instant NOW = Instant.parse("2026-12-08T03:00:00Z");
    private static final BlobSweep DAY = new BlobSweep(Duration.ofHours(24));

    private static BlobStore.Stored storedAgo(Duration ago) {
        return new BlobStore.Stored("a".repeat(64), NOW.minus(ago));
    }

    @Test
    void onlyAnUnreferencedBlobOlderThanTheGracePeriod() {
        assertTrue(DAY.mayRemove(storedAgo(Duration.ofHours(25)), false, NOW));
        assertFalse(DAY.mayRemove(storedAgo(Duration.ofHours(25)), true, NOW), "a row points to it");
        assertFalse(DAY.mayRemove(storedAgo(Duration.ofHours(23)), false, NOW), "its row may still be on its way");
        assertFalse(DAY.mayRemove(storedAgo(Duration.ofHours(24)), false, NOW), "exactly the grace period: kept");
        assertTrue(DAY.mayRemove(storedAgo(Duration.ofHours(24).plusMillis(1)), false, NOW));
        assertEquals(NOW.minus(Duration.ofHours(24)), DAY.cutoff(NOW));
    }

    @Test
    void theGracePeriodIsAtLeastAnHour() {
        assertThrows(IllegalArgumentException.class, () -> new BlobSweep(Duration.ofMinutes(59)));
        assertThrows(NullPointerException.class, () -> new BlobSweep(null));
        new BlobSweep(Duration.ofHours(1));
    }
}
