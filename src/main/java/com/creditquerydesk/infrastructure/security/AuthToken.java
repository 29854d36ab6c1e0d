package com.creditquerydesk.infrastructure.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/** A bearer token, stored only as its SHA-256 so a database reader cannot replay it. */
@Entity
@Table(name = "auth_token")
public class AuthToken {

    static final Duration RECORD_EVERY = Duration.ofMinutes(1);

    @Id
    @Column(name = "token_hash", length = 64)
    String tokenHash;

    @Column(name = "user_id", nullable = false)
    long userId;

    @Column(name = "issued_at", nullable = false)
    Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;

    @Column(name = "last_used_at", nullable = false)
    Instant lastUsedAt;

    protected AuthToken() {
    }

    AuthToken(String tokenHash, long userId, Instant issuedAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.lastUsedAt = issuedAt;
    }

    /**
     * Whether the token still opens a session at {@code now}: before its absolute end, and used within the idle
     * time (docs/rules.md#R20).
     */
    boolean aliveAt(Instant now, Duration idle) {
        return now.isBefore(expiresAt) && now.isBefore(lastUsedAt.plus(idle));
    }

    /** Records a use; at most once a minute, so that a busy session does not write on every request. */
    void usedAt(Instant now) {
        if (now.isAfter(lastUsedAt.plus(RECORD_EVERY))) {
            lastUsedAt = now;
        }
    }
}
