package com.creditquerydesk.domain.model.user;

import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import com.creditquerydesk.domain.shared.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * The second step of a log-in, or of a confirmation such as the officer's sign-off: the password was right, and
 * now a code of the account's second factor must follow within five minutes, from the same computer, in at most
 * five tries, once (docs/rules.md#R24). Only the SHA-256 of the challenge's token and of an SMS code are kept.
 */
@Entity
@Table(name = "login_challenge")
public class LoginChallenge {

    public static final Duration LIFETIME = Duration.ofMinutes(5);
    public static final int MAX_TRIES = 5;

    /** What the second factor is being asked for. */
    public enum Purpose { LOGIN, CONFIRMATION }

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SecondFactor factor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Purpose purpose;

    @Column(nullable = false, length = 50)
    private String source;

    @Column(name = "code_hash", length = 64)
    private String codeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int tries;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected LoginChallenge() {
    }

    private LoginChallenge(String token, long userId, SecondFactor factor, Purpose purpose, String source,
                           String smsCode, Instant now) {
        this.tokenHash = Sha256.hex(token);
        this.userId = userId;
        this.factor = factor;
        this.purpose = purpose;
        this.source = source;
        this.codeHash = smsCode == null ? null : codeHash(smsCode);
        this.createdAt = now;
    }

    /** A challenge answered with the authenticator app's code (or a recovery code). */
    public static LoginChallenge totp(String token, long userId, Purpose purpose, String source, Instant now) {
        return new LoginChallenge(token, userId, SecondFactor.TOTP, purpose, source, null, now);
    }

    /** A challenge answered with the code sent by SMS. */
    public static LoginChallenge sms(String token, long userId, Purpose purpose, String source, String code,
                                     Instant now) {
        return new LoginChallenge(token, userId, SecondFactor.SMS, purpose, source, code, now);
    }

    /**
     * Takes one try at answering: refuses when the challenge is for something else, answered already, expired, used
     * up, or asked from another computer. Each try counts, right or wrong.
     */
    public void tryAnswer(Purpose asked, String from, Instant now) {
        if (asked != purpose || completedAt != null || !now.isBefore(createdAt.plus(LIFETIME)) || tries >= MAX_TRIES
                || !source.equals(from)) {
            throw expired();
        }
        tries++;
    }

    /** Whether {@code code} is the SMS code sent for this challenge. */
    public boolean smsCodeIs(String code) {
        return factor == SecondFactor.SMS && code != null
                && MessageDigest.isEqual(codeHash.getBytes(StandardCharsets.US_ASCII),
                codeHash(code.strip()).getBytes(StandardCharsets.US_ASCII));
    }

    public void complete(Instant now) {
        completedAt = now;
    }

    /**
     * Whether this is a confirmation answered already, still within its five minutes, asked from the same computer:
     * further confirmations of that session then need the password only, so that an officer signing a batch does
     * not wait for a fresh code for each reply (docs/rules.md#R24).
     */
    public boolean confirmedFor(long user, String from, Instant now) {
        return purpose == Purpose.CONFIRMATION && completedAt != null && userId == user && source.equals(from)
                && now.isBefore(createdAt.plus(LIFETIME));
    }

    public boolean belongsTo(long user) {
        return userId == user;
    }

    public static DomainException expired() {
        return new DomainException(Kind.UNAUTHENTICATED, "SECOND_FACTOR_EXPIRED",
                "验证已失效（已使用、超过 5 分钟或尝试次数过多），请重新登录",
                "this verification is no longer valid (used, older than 5 minutes or tried too often): log in again");
    }

    private String codeHash(String code) {
        return Sha256.hex(tokenHash + ":" + code);
    }

    public long userId() {
        return userId;
    }

    public SecondFactor factor() {
        return factor;
    }

    public Instant expiresAt() {
        return createdAt.plus(LIFETIME);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
