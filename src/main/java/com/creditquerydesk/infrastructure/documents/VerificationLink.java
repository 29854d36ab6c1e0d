package com.creditquerydesk.infrastructure.documents;

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

    public static VerificationLink of(String baseUrl, String code) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return new VerificationLink(code, base + "/verify/" + code);
    }
}
