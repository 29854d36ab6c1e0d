package com.creditquerydesk.infrastructure.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A bearer token, stored only as its SHA-256 so a database reader cannot replay it. */
@Entity
@Table(name = "auth_token")
public class AuthToken {

    @Id
    @Column(name = "token_hash", length = 64)
    String tokenHash;

    @Column(name = "user_id", nullable = false)
    long userId;

    @Column(name = "issued_at", nullable = false)
    Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;

    protected AuthToken() {
    }

    AuthToken(String tokenHash, long userId, Instant issuedAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }
}
