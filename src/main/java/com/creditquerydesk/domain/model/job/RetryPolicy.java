package com.creditquerydesk.domain.model.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How often a job is tried and how long it waits between tries (docs/rules.md#R81): after the n-th failed attempt
 * it waits {@code firstDelay · 2^(n-1)}, at most {@code maxDelay}; after {@code maxAttempts} it is FAILED.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("a job is tried at least once");
        }
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("delays must be 0 <= first <= max");
        }
    }

    /** Whether a job that has been attempted this many times may be attempted again. */
    public boolean allowsAnotherAfter(int attempts) {
        return attempts < maxAttempts;
    }

    /** When the attempt after the {@code attempts}-th (failed) one may start. */
    public Instant nextAttemptAfter(int attempts, Instant failedAt) {
        if (attempts < 1) {
            throw new IllegalArgumentException("no attempt has failed yet");
        }
        Duration delay = firstDelay;
        for (int i = 1; i < attempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return failedAt.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }
}
