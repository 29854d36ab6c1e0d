package com.creditquerydesk.domain.model.user;

import com.creditquerydesk.domain.shared.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Failed log-ins under one username from one computer (docs/rules.md#R20): from the third failure in a row the next
 * try must wait 1 s, then 2 s; the fifth blocks that username from that computer for 15 minutes, doubling with every
 * block in a row up to a day. It is kept by the name typed, whether or not such an account exists, so the answers
 * tell a stranger nothing, and by computer, so that a stranger elsewhere cannot lock the real user out.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    public static final int FAILURES_PER_BLOCK = 5;
    static final int FREE_FAILURES = 2;
    public static final Duration FIRST_BLOCK = Duration.ofMinutes(15);
    static final Duration LONGEST_BLOCK = Duration.ofDays(1);

    @Id
    @Column(name = "throttle_key", length = 64)
    private String key;

    @Column(nullable = false, length = 40)
    private String username;

    @Column(nullable = false, length = 50)
    private String source;

    @Column(nullable = false)
    private int failures;

    @Column(nullable = false)
    private int blocks;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    protected LoginThrottle() {
    }

    public LoginThrottle(String username, String source, Instant now) {
        this.username = name(username);
        this.source = source;
        this.key = key(username, source);
        this.lastFailureAt = now;
    }

    /** The row's key: the username as typed (trimmed, lower case, at most 40 characters) and the address. */
    public static String key(String username, String source) {
        return Sha256.hex(name(username) + "\n" + source);
    }

    public static String name(String username) {
        String n = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return n.length() > 40 ? n.substring(0, 40) : n;
    }

    /** When the next try may be made, if not now. */
    public Optional<Instant> waitUntil(Instant now) {
        Instant next = blockedUntil != null && now.isBefore(blockedUntil) ? blockedUntil
                : failures > FREE_FAILURES ? lastFailureAt.plusSeconds(1L << (failures - FREE_FAILURES - 1)) : null;
        return next != null && now.isBefore(next) ? Optional.of(next) : Optional.empty();
    }

    /** Counts a failure; returns whether it blocked the username from this computer. */
    public boolean recordFailure(Instant now) {
        failures++;
        lastFailureAt = now;
        if (failures < FAILURES_PER_BLOCK) {
            return false;
        }
        Duration block = FIRST_BLOCK.multipliedBy(1L << Math.min(blocks, 7));
        blockedUntil = now.plus(block.compareTo(LONGEST_BLOCK) > 0 ? LONGEST_BLOCK : block);
        blocks++;
        failures = 0;
        return true;
    }

    public Instant blockedUntil() {
        return blockedUntil;
    }

    public String username() {
        return username;
    }

    public String source() {
        return source;
    }
}
