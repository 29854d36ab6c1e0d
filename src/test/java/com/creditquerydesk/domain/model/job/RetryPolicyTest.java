package com.creditquerydesk.domain.model.job;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The backoff between attempts (docs/rules.md#R81). */
class RetryPolicyTest {

    private static final Instant T = Instant.parse("2026-12-07T02:00:00Z");

    @Test
    void theDelayDoublesFromTheFirstUpToTheMaximum() {
        RetryPolicy p = new RetryPolicy(10, Duration.ofSeconds(30), Duration.ofMinutes(3));
        assertEquals(T.plusSeconds(30), p.nextAttemptAfter(1, T));
        assertEquals(T.plusSeconds(60), p.nextAttemptAfter(2, T));
        assertEquals(T.plusSeconds(120), p.nextAttemptAfter(3, T));
        assertEquals(T.plusSeconds(180), p.nextAttemptAfter(4, T), "capped");
        assertEquals(T.plusSeconds(180), p.nextAttemptAfter(9, T));
        assertThrows(IllegalArgumentException.class, () -> p.nextAttemptAfter(0, T));
    }

    @Test
    void attemptsStopAtTheLimit() {
        RetryPolicy p = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertTrue(p.allowsAnotherAfter(1));
        assertTrue(p.allowsAnotherAfter(2));
        assertFalse(p.allowsAnotherAfter(3));
    }

    @Test
    void theKindsRules() {
        assertEquals(3, JobKind.EXTRACTION.retry().maxAttempts());
        assertFalse(JobKind.EXTRACTION.oneAtATime());
        assertEquals(1, JobKind.REGISTER_IMPORT.retry().maxAttempts());
        assertTrue(JobKind.REGISTER_IMPORT.oneAtATime());
    }

    @Test
    void aPolicyIsSane() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(1, Duration.ofSeconds(2), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(1, Duration.ofSeconds(-1), Duration.ZERO));
    }
}
