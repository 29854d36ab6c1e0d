package com.creditquerydesk.infrastructure.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A session ends at its absolute end and after its idle time, whichever comes first (docs/rules.md#R20). */
class AuthTokenTest {

    private static final Instant T0 = Instant.parse("2026-03-05T01:00:00Z");
    private static final Duration IDLE = Duration.ofMinutes(30);

    private static AuthToken issued() {
        return new AuthToken("h", 1, T0, T0.plus(Duration.ofHours(8)));
    }

    @Test
    void anUnusedTokenEndsAfterTheIdleTime() {
        AuthToken t = issued();
        assertTrue(t.aliveAt(T0.plus(IDLE).minusSeconds(1), IDLE));
        assertFalse(t.aliveAt(T0.plus(IDLE), IDLE));
    }

    @Test
    void useKeepsItAliveUpToItsAbsoluteEnd() {
        AuthToken t = issued();
        Instant at = T0;
        for (int i = 0; i < 20; i++) {
            at = at.plus(Duration.ofMinutes(25));
            if (!at.isBefore(T0.plus(Duration.ofHours(8)))) {
                assertFalse(t.aliveAt(at, IDLE), "past the absolute end however busy");
                return;
            }
            assertTrue(t.aliveAt(at, IDLE), "used 25 minutes ago");
            t.usedAt(at);
        }
        throw new AssertionError("the absolute end was never reached");
    }

    @Test
    void aUseIsRecordedAtMostOnceAMinute() {
        AuthToken t = issued();
        t.usedAt(T0.plusSeconds(30));
        assertEquals(T0, t.lastUsedAt, "within a minute of the last record: not written");
        t.usedAt(T0.plusSeconds(61));
        assertEquals(T0.plusSeconds(61), t.lastUsedAt);
    }
}
