package com.creditquerydesk.infrastructure.security;

import com.creditquerydesk.infrastructure.config.AppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key for personal data comes from configuration (cqd.pii.key, Base64 of 32 bytes). Only demo
 * mode may generate one, into the data directory; a production server without a key refuses to start.
 */
@ApplicationScoped
public class PiiCipherProducer {

    @Inject
    AppConfig config;

    private volatile PiiCipher cipher;

    /** Dependent scope (PiiCipher is final, so not proxyable); the one instance is kept here. */
    @Produces
    PiiCipher cipher() {
        if (cipher == null) {
            synchronized (this) {
                if (cipher == null) {
                    cipher = new PiiCipher(config.piiKey().map(k -> Base64.getDecoder().decode(k))
                            .orElseGet(this::demoKey));
                }
            }
        }
        return cipher;
    }

    private byte[] demoKey() {
        Path file = config.dataDir().resolve("keys/pii.key");
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            if (!config.demo()) {
                throw new IllegalStateException("No key for personal data: set cqd.pii.key (CQD_PII_KEY) to the Base64 "
                        + "of 32 random bytes, e.g. `openssl rand -base64 32` (未配置个人信息加密密钥)");
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the directory's own protection applies
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }
}
