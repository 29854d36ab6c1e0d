package com.creditquerydesk.infrastructure.storage;

import com.creditquerydesk.domain.shared.Sha256;
import com.creditquerydesk.infrastructure.register.TestDatabases;
import com.creditquerydesk.infrastructure.security.PiiCipher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The database blob store (docs/rules.md#R82) on H2 and, when reachable, PostgreSQL. */
class DatabaseBlobStoreTest {

    private static final PiiCipher CIPHER = new PiiCipher(new byte[32]);
    private static final DataSource H2 = TestDatabases.h2();
    private static DataSource pg;

    @AfterAll
    static void drop() {
        if (pg != null) {
            TestDatabases.dropPostgres(pg);
        }
    }

    @Test
    void onH2() throws Exception {
        contract(H2);
    }

    @Test
    void onPostgres() throws Exception {
        pg = TestDatabases.postgres("cqd_blob_test");
        contract(pg);
    }

    @Test
    void keepsBlobsAsEveryStoreDoes() throws Exception {
        holdsTheContract(TestDatabases.h2());
    }

    @Test
    void keepsBlobsAsEveryStoreDoesOnPostgres() throws Exception {
        DataSource ds = TestDatabases.postgres("cqd_blob_contract");
        try {
            holdsTheContract(ds);
        } finally {
            TestDatabases.dropPostgres(ds);
        }
    }

    private static void holdsTheContract(DataSource ds) throws Exception {
        BlobStoreContract.holds(new DatabaseBlobStore(ds, CIPHER), sha -> {
            try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT content FROM stored_blob_chunk WHERE chunk_no = 0 AND blob_key = '"
                         + sha + "'")) {
                rs.next();
                return rs.getBytes(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void contract(DataSource ds) throws Exception {
        DatabaseBlobStore store = new DatabaseBlobStore(ds, CIPHER);
        byte[] big = new byte[3 * DatabaseBlobStore.CHUNK + 12345];
        new Random(7).nextBytes(big);
        byte[] marker = "110101199003077777 张三".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(marker, 0, big, 100, marker.length);
        String sha = store.put(new ByteArrayInputStream(big));
        assertEquals(Sha256.hex(big), sha);
        assertTrue(store.exists(sha));
        assertEquals(4, count(ds, "SELECT COUNT(*) FROM stored_blob_chunk WHERE blob_key = '" + sha + "'"));
        assertArrayEquals(big, store.get(sha));
        try (InputStream in = store.open(sha)) {
            byte[] head = in.readNBytes(200);
            assertArrayEquals(Arrays.copyOf(big, 200), head, "read as a stream from the first chunk");
        }
        // Stored again, under either call: nothing more is kept.
        assertEquals(sha, store.put(new ByteArrayInputStream(big)));
        store.put(sha, big);
        assertEquals(1, count(ds, "SELECT COUNT(*) FROM stored_blob WHERE sha256 = '" + sha + "'"));
        assertEquals(4, count(ds, "SELECT COUNT(*) FROM stored_blob_chunk"), "no upload left behind");
        // Encrypted in the table: the ID number is nowhere in clear.
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT content FROM stored_blob_chunk WHERE chunk_no = 0")) {
            rs.next();
            assertFalse(new String(rs.getBytes(1), StandardCharsets.ISO_8859_1)
                    .contains(new String(marker, StandardCharsets.ISO_8859_1)));
        }
        byte[] small = "一封很短的函".getBytes(StandardCharsets.UTF_8);
        String smallSha = Sha256.hex(small);
        assertFalse(store.exists(smallSha));
        store.put(smallSha, small);
        assertArrayEquals(small, store.get(smallSha));
        byte[] empty = new byte[0];
        assertArrayEquals(empty, store.get(store.put(new ByteArrayInputStream(empty))));
        String other = Sha256.hex("another".getBytes(StandardCharsets.UTF_8));
        assertThrows(IllegalArgumentException.class, () -> store.put(other, small), "address and content differ");
        assertFalse(store.exists(other), "nothing kept of it");
        assertThrows(IllegalArgumentException.class, () -> store.open("../etc/passwd"));
        assertThrows(RuntimeException.class, () -> store.get("0".repeat(64)));
    }

    private static long count(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
