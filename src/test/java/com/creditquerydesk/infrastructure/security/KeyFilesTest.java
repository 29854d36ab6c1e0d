package com.creditquerydesk.infrastructure.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keys outside the database (docs/rules.md#R30): configured, else the data directory's file, made only in demo mode. */
class KeyFilesTest {

    @TempDir
    Path dir;

    @Test
    void aConfiguredKeyWinsAndNoFileIsWritten() {
        byte[] key = new byte[32];
        key[0] = 7;
        Path file = dir.resolve("keys/audit.key");
        assertArrayEquals(key, KeyFiles.configuredOrDemo(Optional.of(Base64.getEncoder().encodeToString(key)), file,
                true, "missing"));
        assertFalse(Files.exists(file));
    }

    @Test
    void demoModeMakesTheKeyOnceAndReadsItAgain() {
        Path file = dir.resolve("keys/audit.key");
        byte[] made = KeyFiles.configuredOrDemo(Optional.empty(), file, true, "missing");
        assertEquals(32, made.length);
        assertTrue(Files.exists(file));
        assertArrayEquals(made, KeyFiles.configuredOrDemo(Optional.empty(), file, false, "missing"), "read, not made again");
        assertNotEquals(Base64.getEncoder().encodeToString(made),
                Base64.getEncoder().encodeToString(KeyFiles.configuredOrDemo(Optional.empty(), dir.resolve("other.key"),
                        true, "missing")), "each key is random");
    }

    @Test
    void outsideDemoModeNoKeyIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> KeyFiles.configuredOrDemo(Optional.empty(), dir.resolve("none.key"), false, "set CQD_AUDIT_KEY"));
        assertEquals("set CQD_AUDIT_KEY", e.getMessage());
        assertFalse(Files.exists(dir.resolve("none.key")));
    }

    @Test
    void aKeyOfAnotherLengthIsRefused() {
        assertThrows(IllegalStateException.class, () -> KeyFiles.configuredOrDemo(
                Optional.of(Base64.getEncoder().encodeToString(new byte[16])), dir.resolve("k"), true, "missing"));
    }

    @Test
    void theChainKeyIsHmacSha256AndDependsOnTheKey() throws Exception {
        byte[] a = new byte[32];
        byte[] b = new byte[32];
        b[31] = 1;
        HmacChainKey keyA = new HmacChainKey(a);
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(a, "HmacSHA256"));
        assertEquals(java.util.HexFormat.of().formatHex(mac.doFinal("事件".getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                keyA.mac("事件"));
        assertNotEquals(keyA.mac("事件"), new HmacChainKey(b).mac("事件"));
        assertThrows(IllegalArgumentException.class, () -> new HmacChainKey(new byte[31]));
    }
}
