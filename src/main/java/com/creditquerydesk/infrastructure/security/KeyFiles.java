package com.creditquerydesk.infrastructure.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * A 32-byte key kept outside the database: from configuration (Base64), else from its file in the data
 * directory; only demo mode may create that file. A production server without the key refuses to run.
 */
final class KeyFiles {

    private KeyFiles() {
    }

    /**
     * @param missing what to say when there is no key outside demo mode (names the setting, in both languages)
     */
    static byte[] configuredOrDemo(Optional<String> configured, Path file, boolean demo, String missing) {
        if (configured.isPresent()) {
            return decode(configured.get());
        }
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file).strip());
            }
            if (!demo) {
                throw new IllegalStateException(missing);
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

    private static byte[] decode(String base64) {
        byte[] key = Base64.getDecoder().decode(base64.strip());
        if (key.length != 32) {
            throw new IllegalStateException("a key is the Base64 of 32 random bytes (`openssl rand -base64 32`)");
        }
        return key;
    }
}
