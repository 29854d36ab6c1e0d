package com.creditquerydesk.infrastructure.register;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import com.creditquerydesk.domain.model.register.ImportMode;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same contract on a fresh PostgreSQL database (skipped with a message when none is reachable). */
class PostgresRegisterRepositoryTest extends RegisterRepositoryContract {

    private static DataSource ds;

    @BeforeAll
    static void createDatabase() {
        ds = TestDatabases.postgres("cqd_register_test");
    }

    @AfterAll
    static void dropDatabase() {
        if (ds != null) {
            TestDatabases.dropPostgres(ds);
        }
    }

    @Override
    DataSource dataSource() {
        return ds;
    }

    /**
     * The first import loads straight into register_record and builds the secondary indexes and foreign keys after
     * loading: they are all back, as the migrations define them.
     */
    @Test
    void theFirstImportLeavesTheIndexesAndKeysOfTheMigrations() throws Exception {
        String indexes = "SELECT string_agg(indexdef, ';' ORDER BY indexname) FROM pg_indexes"
                + " WHERE tablename = 'register_record'";
        String keys = "SELECT string_agg(conname || ' ' || pg_get_constraintdef(oid) || ' ' || convalidated, ';'"
                + " ORDER BY conname) FROM pg_constraint WHERE conrelid = 'register_record'::regclass";
        String before = text(indexes);
        String keysBefore = text(keys);
        assertTrue(before.contains("ix_register_record_screen"), before);
        assertTrue(keysBefore.contains("FOREIGN KEY (version_added) REFERENCES register_version(version_no) true"),
                keysBefore);
        load("register-sample.csv", ImportMode.SNAPSHOT, RegisterFiles.sampleLines());
        assertEquals(before, text(indexes));
        assertEquals(keysBefore, text(keys));
        assertEquals(30, count("SELECT reltuples::bigint FROM pg_class WHERE relname = 'register_record'"),
                "the planner knows the table's size");
    }

    /**
     * Loaded with COPY FREEZE: every page of the first import is all-visible (ANALYZE reads the visibility map), so
     * no later read rewrites the pages for their hint bits and screening can answer from the index alone.
     */
    @Test
    void theFirstImportWritesFrozenPages() throws Exception {
        load("register-sample.csv", ImportMode.SNAPSHOT, RegisterFiles.sampleLines());
        assertEquals(1, count("SELECT COUNT(*) FROM pg_class WHERE relname = 'register_record' AND relpages > 0"
                + " AND relallvisible = relpages"));
    }

    /** Every import leaves the statistics the screening query's plan needs, autovacuum or not (bench/README.md). */
    @Test
    void anImportLeavesTheStatisticsOfTheScreeningColumns() throws Exception {
        load("register-sample.csv", ImportMode.SNAPSHOT, RegisterFiles.sampleLines());
        assertEquals("id_kind,match_key,name_norm,version_added,version_removed", text("SELECT string_agg(attname, ','"
                + " ORDER BY attname) FROM pg_stats WHERE tablename = 'register_record' AND attname IN ('match_key',"
                + " 'name_norm', 'id_kind', 'version_added', 'version_removed')"));
    }

    private String text(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
