package com.creditquerydesk.domain.model.user;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-03-05T02:00:00Z");

    @Test
    void twoFailuresAreFreeThenTheWaitGrowsAndTheFifthPausesFor15Minutes() {
        LoginThrottle t = new LoginThrottle("Zhang ", "10.0.0.1", T0);
        assertFalse(t.recordFailure(T0));
        assertFalse(t.recordFailure(T0));
        assertEquals(Optional.empty(), t.waitUntil(T0), "two failures cost nothing");
        assertFalse(t.recordFailure(T0));
        assertEquals(Optional.of(T0.plusSeconds(1)), t.waitUntil(T0));
        assertEquals(Optional.empty(), t.waitUntil(T0.plusSeconds(1)));
        assertFalse(t.recordFailure(T0.plusSeconds(1)));
        assertEquals(Optional.of(T0.plusSeconds(3)), t.waitUntil(T0.plusSeconds(1)), "then 2 s");
        assertTrue(t.recordFailure(T0.plusSeconds(3)), "the fifth pauses");
        Instant until = T0.plusSeconds(3).plus(Duration.ofMinutes(15));
        assertEquals(until, t.blockedUntil());
        assertEquals(Optional.of(until), t.waitUntil(until.minusSeconds(1)));
        assertEquals(Optional.empty(), t.waitUntil(until));
    }

    @Test
    void eachPauseInARowLastsTwiceTheOneBeforeUpToADay() {
        LoginThrottle t = new LoginThrottle("zhang", "10.0.0.1", T0);
        Instant now = T0;
        Duration expected = Duration.ofMinutes(15);
        for (int block = 0; block < 10; block++) {
            for (int i = 0; i < 5; i++) {
                now = now.plus(Duration.ofDays(2));
                t.recordFailure(now);
            }
            assertEquals(now.plus(expected), t.blockedUntil(), "pause " + (block + 1));
            expected = expected.multipliedBy(2).compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : expected.multipliedBy(2);
        }
    }

    @Test
    void theKeyIsTheNameAsTypedAndTheComputer() {
        assertEquals(LoginThrottle.key("Zhang ", "10.0.0.1"), LoginThrottle.key("zhang", "10.0.0.1"));
        assertNotEquals(LoginThrottle.key("zhang", "10.0.0.1"), LoginThrottle.key("zhang", "10.0.0.2"));
        assertEquals(40, LoginThrottle.name("x".repeat(100)).length());
    }
}
