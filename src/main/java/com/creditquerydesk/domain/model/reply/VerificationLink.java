package com.creditquerydesk.domain.model.reply;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * The short code printed in a reply's footer and the URL its QR code carries ({@code <baseUrl>/verify/<code>}),
 * where anyone holding the letter can check it against the centre's record.
 */
public record VerificationLink(String code, String url) {

    public VerificationLink {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(url, "url");
        if (!code.matches("[A-Z0-9-]{4,32}")) {
            throw new IllegalArgumentException("a verification code has 4–32 characters A–Z, 0–9 or -");
        }
    }

    /** Characters of a fresh code: no 0/O, 1/I/L, so it can be read back from paper without confusion. */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A fresh random code such as K7Q2-9XPA (8 characters, about 40 bits). */
    public static String newCode() {
        StringBuilder sb = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    public static VerificationLink of(String baseUrl, String code) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return new VerificationLink(code, base + "/verify/" + code);
    }
}
