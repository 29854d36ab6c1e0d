package com.creditquerydesk.infrastructure.security;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecurityPrimitivesTest {

    private static byte[] key() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return k;
    }

    @Test
    void passwordsHashSlowlyAndVerify() {
        PasswordHasher hasher = new PasswordHasher();
        String h1 = hasher.hash("correct horse".toCharArray());
        String h2 = hasher.hash("correct horse".toCharArray());
        assertNotEquals(h1, h2, "a fresh salt each time");
        assertTrue(h1.startsWith("pbkdf2-sha256$" + PasswordHasher.ITERATIONS + "$"));
        assertFalse(h1.contains("correct"));
        assertTrue(hasher.verify("correct horse".toCharArray(), h1));
        assertFalse(hasher.verify("correct horsE".toCharArray(), h1));
        assertFalse(hasher.verify("x".toCharArray(), "garbage"));
    }

    @Test
    void personalDataRoundTripsAndNeverShowsInTheStoredForm() {
        PiiCipher cipher = new PiiCipher(key());
        String id = "11010519900307123X";
        String stored = cipher.encrypt(id);
        assertFalse(stored.contains(id));
        assertFalse(new String(Base64.getDecoder().decode(stored.substring(3)), StandardCharsets.ISO_8859_1).contains(id));
        assertNotEquals(stored, cipher.encrypt(id), "a fresh nonce each time");
        assertEquals(id, cipher.decrypt(stored));
    }

    @Test
    void aWrongKeyOrAlteredValueIsRefused() {
        PiiCipher cipher = new PiiCipher(key());
        String stored = cipher.encrypt("张伟");
        assertThrows(IllegalStateException.class, () -> new PiiCipher(key()).decrypt(stored));
        char[] c = stored.toCharArray();
        c[10] = c[10] == 'A' ? 'B' : 'A';
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(new String(c)));
    }

    @Test
    void streamsRoundTrip() throws IOException {
        PiiCipher cipher = new PiiCipher(key());
        byte[] content = new byte[300_000];
        new SecureRandom().nextBytes(content);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (OutputStream out = cipher.encrypting(sink)) {
            out.write(content);
        }
        assertEquals(12 + content.length + 16, sink.size());
        assertArrayEquals(content, cipher.decrypting(new ByteArrayInputStream(sink.toByteArray())).readAllBytes());
    }
}
