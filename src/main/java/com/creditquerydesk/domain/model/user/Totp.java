package com.creditquerydesk.domain.model.user;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Time-based one-time passwords as RFC 6238 defines them with its defaults (HMAC-SHA1, 30-second steps, 6 digits),
 * which every authenticator app implements. A code is accepted one step either side of now, for clocks that drift,
 * and only for a step later than the last one accepted, so that a code seen over a shoulder is useless
 * (docs/rules.md#R24).
 */
public final class Totp {

    public static final Duration STEP = Duration.ofSeconds(30);
    public static final int DIGITS = 6;
    static final int WINDOW = 1;

    private Totp() {
    }

    /** The time step an instant falls in (T in RFC 6238, with T0 = 0). */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP.toSeconds());
    }

    /** The code for a time step (RFC 4226's HOTP with the step as the counter). */
    public static String code(TotpSecret secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.bytes(), "HmacSHA1"));
            byte[] h = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
            int offset = h[h.length - 1] & 0x0f;
            int binary = ((h[offset] & 0x7f) << 24) | ((h[offset + 1] & 0xff) << 16)
                    | ((h[offset + 2] & 0xff) << 8) | (h[offset + 3] & 0xff);
            return String.format("%0" + DIGITS + "d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
    }

    /**
     * The step of {@code code} if it is the code of a step within the window around {@code now} and later than
     * {@code lastAcceptedStep}; empty otherwise.
     */
    public static OptionalLong accept(TotpSecret secret, String code, Instant now, long lastAcceptedStep) {
        if (code == null || !code.strip().matches("[0-9]{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        String given = code.strip();
        long current = step(now);
        OptionalLong found = OptionalLong.empty();
        // Every step in the window is compared, whichever matches, so the time does not tell which one did.
        for (long s = current - WINDOW; s <= current + WINDOW; s++) {
            boolean same = java.security.MessageDigest.isEqual(code(secret, s).getBytes(), given.getBytes());
            if (same && s > lastAcceptedStep && found.isEmpty()) {
                found = OptionalLong.of(s);
            }
        }
        return found;
    }
}
