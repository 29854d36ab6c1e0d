package com.creditquerydesk.infrastructure.storage;

import com.creditquerydesk.domain.shared.BlobStore;
import com.creditquerydesk.domain.shared.Sha256;
import com.creditquerydesk.infrastructure.persistence.jdbc.JdbcTransaction;
import com.creditquerydesk.infrastructure.security.PiiCipher;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The blob store in the database (CQD_BLOB_STORE=database, docs/rules.md#R82), for servers that share no disk: the
 * same AES-256-GCM bytes as the local store, in rows of at most 1 MiB, written and read one chunk at a time on any
 * JDBC database. Within a container transaction the chunks are written in it, so they commit with the row that
 * points at them; without one they commit on their own first.
 */
@ApplicationScoped
@Typed(DatabaseBlobStore.class)
public class DatabaseBlobStore implements BlobStore {

    static final int CHUNK = 1 << 20;
    private static final int PAGE = 1000;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @Resource(lookup = "java:jboss/datasources/CqdDS")
    DataSource dataSource;

    @Inject
    PiiCipher cipher;

    public DatabaseBlobStore() {
    }

    DatabaseBlobStore(DataSource dataSource, PiiCipher cipher) {
        this.dataSource = dataSource;
        this.cipher = cipher;
    }

    @Override
    public void put(String sha256, byte[] content) {
        check(sha256);
        if (transaction(c -> touched(c, sha256))) {
            return;
        }
        store(new ByteArrayInputStream(content), sha256);
    }

    @Override
    public String put(InputStream content) {
        return store(content, null);
    }

    /**
     * Writes the stream's encrypted bytes under an upload key, then, its address known, either drops them (stored
     * already) or files them under it; all in one transaction.
     */
    private String store(InputStream content, String expected) {
        String uploadKey = "upload-" + UUID.randomUUID();
        return transaction(c -> {
            MessageDigest sha = Sha256.digest();
            ChunkWriter chunks = new ChunkWriter(c, uploadKey);
            try (InputStream in = new DigestInputStream(content, sha); OutputStream out = cipher.encrypting(chunks)) {
                in.transferTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot store content", e);
            }
            String sha256 = HexFormat.of().formatHex(sha.digest());
            if (expected != null && !expected.equals(sha256)) {
                throw new IllegalArgumentException("the content's SHA-256 is not its address");
            }
            if (touched(c, sha256)) {
                update(c, "DELETE FROM stored_blob_chunk WHERE blob_key = ?", uploadKey);
            } else {
                update(c, "UPDATE stored_blob_chunk SET blob_key = ? WHERE blob_key = ?", sha256, uploadKey);
                update(c, "INSERT INTO stored_blob (sha256, encrypted_size, chunks, stored_at) VALUES (?, ?, ?, ?)",
                        sha256, chunks.size, chunks.count, OffsetDateTime.now(ZoneOffset.UTC));
            }
            return sha256;
        });
    }

    @Override
    public InputStream open(String sha256) {
        check(sha256);
        int chunks = transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT chunks FROM stored_blob WHERE sha256 = ?")) {
                ps.setString(1, sha256);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new UncheckedIOException(new IOException("no stored content " + sha256));
                    }
                    return rs.getInt(1);
                }
            }
        });
        try {
            return cipher.decrypting(new ChunkReader(sha256, chunks));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read content " + sha256, e);
        }
    }

    @Override
    public boolean exists(String sha256) {
        check(sha256);
        return transaction(c -> existsIn(c, sha256));
    }

    private static boolean existsIn(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM stored_blob WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Renews the storage time of a blob that is there, its row locked until the transaction ends: a sweep that would
     * remove it waits, and then finds it new (docs/rules.md#R96). False when there is none.
     */
    private static boolean touched(Connection c, String sha256) throws SQLException {
        return update(c, "UPDATE stored_blob SET stored_at = ? WHERE sha256 = ?", OffsetDateTime.now(ZoneOffset.UTC),
                sha256) == 1;
    }

    /** Reads the addresses a page of {@value #PAGE} at a time, in address order, each page in a short transaction. */
    @Override
    public void forEachStored(Consumer<Stored> each) {
        String after = "";
        while (true) {
            String from = after;
            List<Stored> page = transaction(c -> {
                List<Stored> rows = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT sha256, stored_at FROM stored_blob WHERE sha256 > ?"
                        + " ORDER BY sha256 FETCH FIRST " + PAGE + " ROWS ONLY")) {
                    ps.setString(1, from);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new Stored(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()));
                        }
                    }
                }
                return rows;
            });
            page.forEach(each);
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).sha256();
        }
    }

    /** Deletes the row only while its time is before the cutoff, in one statement: a concurrent touch waits for it. */
    @Override
    public boolean removeIfStoredBefore(String sha256, Instant cutoff) {
        check(sha256);
        return transaction(c -> {
            if (update(c, "DELETE FROM stored_blob WHERE sha256 = ? AND stored_at < ?", sha256,
                    cutoff.atOffset(ZoneOffset.UTC)) != 1) {
                return false;
            }
            update(c, "DELETE FROM stored_blob_chunk WHERE blob_key = ?", sha256);
            return true;
        });
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        }
    }

    private static void check(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 address");
        }
    }

    private <T> T transaction(JdbcTransaction.Work<T> work) {
        return JdbcTransaction.run(dataSource, work, "BLOB_STORE_FAILED", "文件存储（数据库）读写失败",
                "the file store in the database could not be read or written");
    }

    /** Inserts a row for every full chunk written and the last, shorter one at close. */
    private static final class ChunkWriter extends OutputStream {
        private final Connection c;
        private final String key;
        private final byte[] buffer = new byte[CHUNK];
        private int filled;
        int count;
        long size;

        ChunkWriter(Connection c, String key) {
            this.c = c;
            this.key = key;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                int n = Math.min(len, CHUNK - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
                if (filled == CHUNK) {
                    flushChunk();
                }
            }
        }

        @Override
        public void close() throws IOException {
            if (filled > 0 || count == 0) {
                flushChunk();
            }
        }

        private void flushChunk() throws IOException {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO stored_blob_chunk (blob_key, chunk_no, content) VALUES (?, ?, ?)")) {
                ps.setString(1, key);
                ps.setInt(2, count);
                ps.setBytes(3, java.util.Arrays.copyOf(buffer, filled));
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IOException("cannot write chunk " + count + " of " + key, e);
            }
            count++;
            size += filled;
            filled = 0;
        }
    }

    /** Reads the chunks in order, each with a short query of its own: no connection is held while the reader waits. */
    private final class ChunkReader extends InputStream {
        private final String sha256;
        private final int chunks;
        private int next;
        private InputStream current = InputStream.nullInputStream();

        ChunkReader(String sha256, int chunks) {
            this.sha256 = sha256;
            this.chunks = chunks;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (true) {
                int n = current.read(b, off, len);
                if (n >= 0) {
                    return n;
                }
                if (next >= chunks) {
                    return -1;
                }
                current = new ByteArrayInputStream(chunk(next++));
            }
        }

        private byte[] chunk(int no) {
            return transaction(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT content FROM stored_blob_chunk WHERE blob_key = ? AND chunk_no = ?")) {
                    ps.setString(1, sha256);
                    ps.setInt(2, no);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            throw new UncheckedIOException(new IOException("chunk " + no + " of " + sha256 + " is missing"));
                        }
                        return rs.getBytes(1);
                    }
                }
            });
        }
    }
}
