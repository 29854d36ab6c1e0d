package com.creditquerydesk.domain.model.user;

import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TotpTest {

    /** RFC 6238 appendix B's SHA-1 secret, "12345678901234567890". */
    private static final TotpSecret RFC = TotpSecret.base32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

    @Test
    void theRfc6238TestVectorsInSixDigits() {
        // Appendix B gives 8 digits; a 6-digit code is their last six (the same truncation, modulo 10^6).
        long[][] vectors = {{59, 94287082}, {1111111109, 7081804}, {1111111111, 14050471}, {1234567890, 89005924},
                {2000000000, 69279037}, {20000000000L, 65353130}};
        for (long[] v : vectors) {
            assertEquals(String.format("%06d", v[1] % 1_000_000), Totp.code(RFC, Totp.step(Instant.ofEpochSecond(v[0]))),
                    "T = " + v[0]);
        }
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideAndOnlyAfterTheLastAccepted() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.step(now);
        for (long s = step - 1; s <= step + 1; s++) {
            assertEquals(OptionalLong.of(s), Totp.accept(RFC, Totp.code(RFC, s), now, Long.MIN_VALUE));
        }
        assertTrue(Totp.accept(RFC, Totp.code(RFC, step - 2), now, Long.MIN_VALUE).isEmpty(), "too old");
        assertTrue(Totp.accept(RFC, Totp.code(RFC, step + 2), now, Long.MIN_VALUE).isEmpty(), "too new");
        assertTrue(Totp.accept(RFC, Totp.code(RFC, step), now, step).isEmpty(), "that step was used");
        assertEquals(OptionalLong.of(step + 1), Totp.accept(RFC, Totp.code(RFC, step + 1), now, step));
        for (String bad : new String[]{null, "", "12345", "1234567", "abcdef", " 12 345"}) {
            assertTrue(Totp.accept(RFC, bad, now, Long.MIN_VALUE).isEmpty(), String.valueOf(bad));
        }
    }

    @Test
    void base32RoundTripsAndRefusesWhatIsNotBase32OrTooShort() {
        TotpSecret drawn = TotpSecret.random(new SecureRandom());
        assertEquals(drawn, TotpSecret.base32(drawn.base32()));
        assertEquals(32, drawn.base32().length(), "160 bits");
        assertEquals(RFC, TotpSecret.base32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"), "as people copy it");
        assertEquals("12345678901234567890", new String(RFC.bytes(), StandardCharsets.US_ASCII));
        assertThrows(DomainException.class, () -> TotpSecret.base32("GEZDGNBVGY3TQOJ1"));
        assertThrows(DomainException.class, () -> TotpSecret.base32("GEZDGNBVGY3TQOJQ"), "80 bits are too few");
        assertTrue(!drawn.toString().contains(drawn.base32()), "toString never shows the secret");
    }

    @Test
    void theKeyUriIsWhatAuthenticatorAppsRead() {
        assertEquals("otpauth://totp/%E4%BF%A1%E7%94%A8%E6%A0%B8%E6%9F%A5:handler?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                        + "&issuer=%E4%BF%A1%E7%94%A8%E6%A0%B8%E6%9F%A5&algorithm=SHA1&digits=6&period=30",
                RFC.keyUri("信用核查", "handler"));
    }
}
