package com.creditquerydesk.domain.model.user;

import java.time.Instant;
import java.util.Optional;

/** The bearer tokens of logged-in users: issued at log-in, checked on every request, revoked at log-out. */
public interface Tokens {

    record Issued(String token, Instant expiresAt) {
    }

    /** A fresh token for the user, inside the caller's transaction. */
    Issued issue(long userId);

    /** The user id behind a valid, unexpired token. */
    Optional<Long> userOf(String token);

    void revoke(String token);

    void revokeAllOf(long userId);
}
