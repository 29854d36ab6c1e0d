package com.creditquerydesk.domain.model.user;

import com.creditquerydesk.domain.shared.DomainException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;

/**
 * The shared secret of an authenticator app (RFC 6238), at least 128 bits, written in Base32 (RFC 4648) as the apps
 * and the otpauth:// QR code expect it (docs/rules.md#R24).
 */
public final class TotpSecret {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    static final int MIN_BYTES = 16;
    static final int NEW_BYTES = 20;

    private final byte[] bytes;

    private TotpSecret(byte[] bytes) {
        if (bytes.length < MIN_BYTES) {
            throw new DomainException("TOTP_SECRET_INVALID", "动态口令密钥至少 128 位",
                    "an authenticator secret has at least 128 bits");
        }
        this.bytes = bytes.clone();
    }

    public static TotpSecret random(SecureRandom random) {
        byte[] b = new byte[NEW_BYTES];
        random.nextBytes(b);
        return new TotpSecret(b);
    }

    /** Reads Base32, ignoring case, spaces and padding, as people copy it from a screen. */
    public static TotpSecret base32(String text) {
        String s = text == null ? "" : text.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
        byte[] out = new byte[s.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int n = 0;
        for (char c : s.toCharArray()) {
            int v = ALPHABET.indexOf(c);
            if (v < 0) {
                throw new DomainException("TOTP_SECRET_INVALID", "动态口令密钥须为 Base32 字符（A–Z、2–7）",
                        "an authenticator secret is Base32 (A-Z, 2-7)");
            }
            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits >= 8) {
                out[n++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
            }
        }
        return new TotpSecret(Arrays.copyOf(out, n));
    }

    public String base32() {
        StringBuilder sb = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                sb.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            sb.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        }
        return sb.toString();
    }

    /** The key URI an authenticator app reads from the enrolment QR code (Google Authenticator's format). */
    public String keyUri(String issuer, String account) {
        String label = enc(issuer) + ":" + enc(account);
        return "otpauth://totp/" + label + "?secret=" + base32() + "&issuer=" + enc(issuer)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP.toSeconds();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TotpSecret t && java.security.MessageDigest.isEqual(bytes, t.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Never the secret itself: it must not reach a log. */
    @Override
    public String toString() {
        return "TotpSecret[" + bytes.length * 8 + " bits]";
    }
}
