package com.creditquerydesk.infrastructure.storage;

import com.creditquerydesk.domain.shared.BlobStore;
import com.creditquerydesk.domain.shared.Sha256;
import com.creditquerydesk.infrastructure.config.AppConfig;
import com.creditquerydesk.infrastructure.security.PiiCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.function.Consumer;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

/**
 * Immutable bytes (original letters, signed replies) addressed by the SHA-256 of their plain content.
 * A file is written encrypted (the letters carry ID numbers), fsynced and moved into place before the
 * row that points at it commits; an existing address is never overwritten, only its time renewed. The default store
 * (CQD_BLOB_STORE=local, docs/rules.md#R82).
 */
@ApplicationScoped
@Typed(ContentStore.class)
public class ContentStore implements BlobStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @Inject
    AppConfig config;

    @Inject
    PiiCipher cipher;

    @Override
    public void put(String sha256, byte[] content) {
        Path target = pathOf(sha256);
        if (!Sha256.hex(content).equals(sha256)) {
            throw new IllegalArgumentException("the content's SHA-256 is not its address");
        }
        try {
            if (touch(target)) {
                return;
            }
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), sha256, ".tmp");
            try (OutputStream out = cipher.encrypting(Files.newOutputStream(tmp))) {
                out.write(content);
            }
            moveInto(tmp, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store content " + sha256, e);
        }
    }

    @Override
    public String put(InputStream content) {
        try {
            Path dir = config.dataDir().resolve("files");
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "incoming", ".tmp");
            MessageDigest sha = Sha256.digest();
            try (InputStream in = new DigestInputStream(content, sha);
                 OutputStream out = cipher.encrypting(Files.newOutputStream(tmp))) {
                in.transferTo(out);
            }
            String sha256 = HexFormat.of().formatHex(sha.digest());
            Path target = pathOf(sha256);
            if (touch(target)) {
                Files.delete(tmp);
            } else {
                Files.createDirectories(target.getParent());
                moveInto(tmp, target);
            }
            return sha256;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store content", e);
        }
    }

    /** Renews an existing file's modification time, its storage time for the sweeper; false when there is none. */
    private static boolean touch(Path target) throws IOException {
        if (!Files.exists(target)) {
            return false;
        }
        Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
        return true;
    }

    /** Forces the encrypted file to disk and moves it into place, so its row never commits before it is durable. */
    private static void moveInto(Path tmp, Path target) throws IOException {
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target);
        }
        fsyncDirectory(target.getParent());
    }

    @Override
    public InputStream open(String sha256) {
        try {
            return cipher.decrypting(Files.newInputStream(pathOf(sha256)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read content " + sha256, e);
        }
    }

    @Override
    public boolean exists(String sha256) {
        return Files.exists(pathOf(sha256));
    }

    @Override
    public void forEachStored(Consumer<Stored> each) {
        Path root = config.dataDir().resolve("files");
        if (!Files.isDirectory(root)) {
            return;
        }
        try (DirectoryStream<Path> prefixes = Files.newDirectoryStream(root, p -> Files.isDirectory(p)
                && p.getFileName().toString().matches("[0-9a-f]{2}"))) {
            for (Path prefix : prefixes) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(prefix,
                        p -> SHA256.matcher(p.getFileName().toString()).matches())) {
                    for (Path f : files) {
                        each.accept(new Stored(f.getFileName().toString(), Files.getLastModifiedTime(f).toInstant()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the content store", e);
        }
    }

    @Override
    public boolean removeIfStoredBefore(String sha256, Instant cutoff) {
        Path target = pathOf(sha256);
        try {
            if (!Files.exists(target) || !Files.getLastModifiedTime(target).toInstant().isBefore(cutoff)) {
                return false;
            }
            boolean removed = Files.deleteIfExists(target);
            fsyncDirectory(target.getParent());
            return removed;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove content " + sha256, e);
        }
    }

    private Path pathOf(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 address");
        }
        return config.dataDir().resolve("files").resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private static void fsyncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException ignored) {
            // some file systems cannot open a directory for sync; the file itself is already forced
        }
    }
}
