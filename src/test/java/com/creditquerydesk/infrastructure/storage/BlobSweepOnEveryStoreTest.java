package com.creditquerydesk.infrastructure.storage;

import com.creditquerydesk.application.blobs.BlobSweeper;
import com.creditquerydesk.domain.model.extraction.ExtractionRepository.LetterReading;
import com.creditquerydesk.domain.model.extraction.ExtractionRepository.PageImage;
import com.creditquerydesk.domain.shared.BlobStore;
import com.creditquerydesk.domain.shared.BlobSweep;
import com.creditquerydesk.infrastructure.config.AppConfig;
import com.creditquerydesk.infrastructure.extraction.ExtractionJson;
import com.creditquerydesk.infrastructure.register.TestDatabases;
import com.creditquerydesk.infrastructure.security.PiiCipher;
import org.gaul.s3proxy.S3Proxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sweeper (docs/rules.md#R96) on each store kind, with the references read from a migrated database: it removes
 * exactly the blobs that no row points to and that are older than the grace period, and finds page images inside the
 * encrypted readings.
 */
class BlobSweepOnEveryStoreTest {

    private static final PiiCipher CIPHER = new PiiCipher(new byte[32]);
    private static final BlobSweep DAY = new BlobSweep(Duration.ofHours(24));

    @TempDir
    static Path dir;

    private static S3Proxy proxy;
    private static S3Client client;

    @BeforeAll
    static void startS3() throws Exception {
        proxy = S3BlobStoreTest.start(dir.resolve("objects"));
        client = S3BlobStore.client(S3BlobStoreTest.settings(proxy, "cqd-sweep"));
        client.createBucket(b -> b.bucket("cqd-sweep"));
    }

    @AfterAll
    static void stopS3() throws Exception {
        client.close();
        proxy.stop();
    }

    @Test
    void local() throws Exception {
        Path data = dir.resolve("local-data");
        ContentStore store = new ContentStore();
        store.config = new AppConfig() {
            @Override
            public Path dataDir() {
                return data;
            }
        };
        store.cipher = CIPHER;
        sweeps(store, TestDatabases.h2());
    }

    @Test
    void database() throws Exception {
        DataSource db = TestDatabases.h2();
        sweeps(new DatabaseBlobStore(db, CIPHER), db);
    }

    /** The blobs and the rows that point to them in one PostgreSQL database, as two servers share it. */
    @Test
    void databaseOnPostgres() throws Exception {
        DataSource db = TestDatabases.postgres("cqd_sweep_test");
        try {
            sweeps(new DatabaseBlobStore(db, CIPHER), db);
        } finally {
            TestDatabases.dropPostgres(db);
        }
    }

    @Test
    void s3() throws Exception {
        sweeps(new S3BlobStore(client, "cqd-sweep", CIPHER, dir.resolve("spool")), TestDatabases.h2());
    }

    /**
     * Five blobs: the letter's original and one page image (pointed to), a register file (pointed to) and two no row
     * points to. A sweep at once removes nothing (all are young); a sweep a day later removes the two.
     */
    private static void sweeps(BlobStore store, DataSource db) throws Exception {
        String original = store.put(bytes("来函原件"));
        String page = store.put(bytes("第 1 页的图像"));
        String registerFile = store.put(bytes("失信被执行人名单.csv"));
        String orphan = store.put(bytes("一份没有登记成功的上传"));
        String abandonedPage = store.put(bytes("重新识别前的页面图像"));
        try (Connection c = db.getConnection()) {
            letterWithReading(c, "letter-1", original, page);
            update(c, "INSERT INTO register_import_job (source_file, import_mode, status, rows_read, added_count,"
                    + " unchanged_count, updated_count, removed_count, rejected_count, started_at, file_sha256)"
                    + " VALUES ('list.csv', 'SNAPSHOT', 'DONE', 0, 0, 0, 0, 0, 0, ?, ?)", now(), registerFile);
        }
        JdbcBlobReferences references = new JdbcBlobReferences(db, CIPHER);
        Set<String> referenced = new HashSet<>();
        references.forEach(referenced::add);
        assertEquals(Set.of(original, page, registerFile), referenced, "the column, the reading's page and the import");

        BlobSweeper.Swept young = BlobSweeper.sweep(store, references, DAY, Instant.now());
        assertEquals(new BlobSweeper.Swept(0, 0), young, "nothing younger than the grace period goes");
        BlobSweeper.Swept later = BlobSweeper.sweep(store, references, DAY, Instant.now().plus(Duration.ofHours(25)));
        assertEquals(5, later.old());
        assertEquals(2, later.removed());
        for (String kept : List.of(original, page, registerFile)) {
            assertTrue(store.exists(kept), "a blob a row points to stays");
        }
        assertFalse(store.exists(orphan));
        assertFalse(store.exists(abandonedPage));
        assertEquals(3, BlobStoreContract.listed(store).size());
        assertEquals(new BlobSweeper.Swept(3, 0), BlobSweeper.sweep(store, references, DAY,
                Instant.now().plus(Duration.ofHours(25))), "sweeping again removes nothing more");
    }

    private static void letterWithReading(Connection c, String id, String original, String page) throws SQLException {
        update(c, "INSERT INTO incoming_letter (id, receipt_year, receipt_serial, receipt_number, channel, status,"
                + " received_at, due_date, received_by, file_sha256, file_media_type, file_size, file_pages,"
                + " pages_done, version) VALUES (?, 2026, 1, '收2026-1', 'COUNTER', 'EXTRACTED', ?, ?, 'registry', ?,"
                + " 'application/pdf', 1, 1, 1, 0)", id, now(), LocalDate.of(2026, 12, 10), original);
        LetterReading reading = new LetterReading(ExtractionJson.resultFrom(jakarta.json.Json.createObjectBuilder()
                .add("candidates", jakarta.json.Json.createArrayBuilder()).build()), "OCR",
                List.of(new PageImage(1, 100, 100, page), new PageImage(2, 100, 100, null)));
        update(c, "INSERT INTO letter_extraction (letter_id, source, content_enc, updated_at, version)"
                + " VALUES (?, 'OCR', ?, ?, 0)", id, CIPHER.encrypt(ExtractionJson.toJson(reading).toString()), now());
    }

    private static java.io.InputStream bytes(String text) {
        return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
