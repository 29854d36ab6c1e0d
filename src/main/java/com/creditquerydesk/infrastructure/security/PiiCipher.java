package com.creditquerydesk.infrastructure.security;

import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * AES-256-GCM for personal data at rest: ID numbers in the database and the original letters on disk.
 * Every value gets a fresh 96-bit nonce; the stored form is "v1:" + Base64(nonce || ciphertext || tag).
 */
public final class PiiCipher {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public PiiCipher(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("an AES-256 key has 32 bytes");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        byte[] nonce = nonce();
        try {
            byte[] ct = cipher(Cipher.ENCRYPT_MODE, nonce).doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + ct.length)
                    .put(nonce).put(ct).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("value is not encrypted with this scheme");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        try {
            byte[] plain = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(all, NONCE_BYTES))
                    .doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed: wrong key or altered data", e);
        }
    }

    /** Encrypts a stream: the nonce is written first, then ciphertext and tag. */
    public OutputStream encrypting(OutputStream out) throws IOException {
        byte[] nonce = nonce();
        out.write(nonce);
        return new CipherOutputStream(out, cipher(Cipher.ENCRYPT_MODE, nonce));
    }

    public InputStream decrypting(InputStream in) throws IOException {
        byte[] nonce = in.readNBytes(NONCE_BYTES);
        if (nonce.length != NONCE_BYTES) {
            throw new IOException("encrypted file is truncated");
        }
        return new CipherInputStream(in, cipher(Cipher.DECRYPT_MODE, nonce));
    }

    private byte[] nonce() {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        return nonce;
    }

    private Cipher cipher(int mode, byte[] nonce) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            return c;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
