package com.creditquerydesk.domain.model.user;

import java.time.Instant;
import java.util.Optional;

/** Where the open second steps of log-ins and confirmations are kept (docs/rules.md#R24). */
public interface LoginChallenges {

    LoginChallenge store(LoginChallenge challenge);

    /** The challenge behind a token given to the client. */
    Optional<LoginChallenge> find(String token);

    /** How many SMS codes were sent to the account since then, for the rate limit. */
    long smsSentSince(long userId, Instant since);

    /** When the last SMS code went to the account. */
    Optional<Instant> lastSmsAt(long userId);

    /** The failures of a username from one computer, if any (docs/rules.md#R20). */
    Optional<LoginThrottle> throttle(String username, String source);

    LoginThrottle store(LoginThrottle throttle);

    /** A successful log-in clears its own computer's count. */
    void clear(LoginThrottle throttle);

    /** The security administrator's unlock: every computer's count of the username. */
    void clearAllOf(String username);

    /** The latest block of the username from any computer that still holds. */
    Optional<Instant> blockedUntil(String username, Instant now);
}
