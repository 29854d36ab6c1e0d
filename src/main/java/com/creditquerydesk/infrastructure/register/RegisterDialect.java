package com.creditquerydesk.infrastructure.register;

import com.creditquerydesk.domain.model.register.ScreeningCandidate;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@link JdbcRegisterRepository} does differently per database: whether a file may go straight into the
 * register, where it is staged otherwise and how it gets there, how many records an insert may carry with the indexes
 * in place, and the screening query. PostgreSQL bulk-loads with the driver's COPY API; H2 (embedded, small registers)
 * keeps plain batched inserts into the staging table.
 */
abstract class RegisterDialect {

    /** Candidates per screening query on H2: 2 parameters each. */
    private static final int H2_CANDIDATES_PER_QUERY = 5_000;
    private static final String LISTED_AS_OF = " WHERE r.id_kind = 'PERSON' AND r.version_added <= ?"
            + " AND (r.version_removed IS NULL OR r.version_removed > ?)";

    static RegisterDialect of(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres") ? new Postgres() : new H2();
    }

    /** First in the import's transaction. */
    abstract void begin(Connection c) throws SQLException;

    /**
     * Into an empty register on PostgreSQL (every record is added): a load straight into register_record instead of
     * through the staging table and the diff; empty when the file must be staged.
     */
    abstract Optional<StraightLoad> straightLoad(Connection c, int version) throws SQLException;

    /** Creates the staging table if it needs to, and returns its name. */
    abstract String staging(Connection c) throws SQLException;

    abstract StagingWriter writer(Connection c, String staging, long jobId) throws SQLException;

    /** After the last row was written to the staging (or change) table, before the diff reads it. */
    abstract void staged(Connection c, String table) throws SQLException;

    /** Runs the insert of the new and changed records. */
    abstract long insertRecords(Connection c, SqlUpdate insert) throws SQLException;

    /** Creates the table of an import's changes if it needs to, and returns its name (of register_import_change's shape). */
    abstract String changes(Connection c) throws SQLException;

    /**
     * Lists in {@code changes} the job's staged rows to add (record_id null) or replacing a listed record of other
     * content (both set) and, with {@code removals}, the listed records the file does not have (row_no null).
     */
    abstract void findChanges(Connection c, String staging, String changes, long jobId, boolean removals)
            throws SQLException;

    /** Staged rows and listed records of the same identity. */
    static final String SAME_LISTED = "r.version_removed IS NULL AND r.case_number = s.case_number"
            + " AND r.name_norm = s.name_norm";

    /** Runs a statement with {@code long} parameters and returns how many rows it changed. */
    static long update(Connection c, String sql, long... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setLong(i + 1, params[i]);
            }
            return ps.executeLargeUpdate();
        }
    }

    /** Empties the job's rows of the staging or change table after the diff, inside the import's transaction. */
    abstract void clear(Connection c, String table, long jobId) throws SQLException;

    /** Last in the import's transaction, whichever way the records came. */
    abstract void end(Connection c) throws SQLException;

    /**
     * Issues the screening query(ies) for the candidates; each row carries the candidate's index in the list
     * as {@code idx} and the record's columns, in candidate order.
     */
    abstract void screen(Connection c, List<ScreeningCandidate> candidates, int asOfVersion, RowHandler rows)
            throws SQLException;

    /** Rows written straight into register_record, then made by {@link #loaded} or undone. */
    interface StraightLoad {
        StagingWriter writer();

        void loaded() throws SQLException;

        /** Leaves the transaction as it was before the load (its rows and the rejected rows filed since are gone). */
        void undo() throws SQLException;
    }

    interface SqlUpdate {
        long run() throws SQLException;
    }

    interface RowHandler {
        void row(ScreeningCandidate candidate, ResultSet rs) throws SQLException;
    }

    private static final class Postgres extends RegisterDialect {
        private static final String STAGING = "register_staging_tmp";
        private static final String CHANGES = "register_change_tmp";

        @Override
        void begin(Connection c) throws SQLException {
            try (Statement st = c.createStatement()) {
                // Memory for this transaction only: the diff's hash joins over the whole file and the index
                // builds stay in memory instead of spilling to disk in batches (defaults: 4 MB and 64 MB).
                st.execute("SET LOCAL work_mem = '256MB'");
                st.execute("SET LOCAL maintenance_work_mem = '256MB'");
            }
        }

        /**
         * One write of each row, as {@code psql \copy} does (bench/README.md, Import): the empty table truncated in a
         * savepoint (COPY FREEZE needs it), its secondary indexes and foreign keys dropped, to be made again after the
         * load with one sort per index and one join per key instead of work per row.
         */
        @Override
        Optional<StraightLoad> straightLoad(Connection c, int version) throws SQLException {
            if (!registerEmpty(c)) {
                return Optional.empty();
            }
            Savepoint before = c.setSavepoint();
            List<String> rebuild = new ArrayList<>();
            try (Statement st = c.createStatement()) {
                st.execute("TRUNCATE register_record");
                dropSecondary(st, rebuild);
                List<String> drop = new ArrayList<>();
                try (ResultSet fk = st.executeQuery("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                        + " WHERE conrelid = 'register_record'::regclass AND contype = 'f' ORDER BY conname")) {
                    while (fk.next()) {
                        drop.add("ALTER TABLE register_record DROP CONSTRAINT " + fk.getString(1));
                        rebuild.add("ALTER TABLE register_record ADD CONSTRAINT " + fk.getString(1) + " "
                                + fk.getString(2));
                    }
                }
                for (String sql : drop) {
                    st.execute(sql);
                }
            }
            StagingWriter writer = StagingWriter.copyRecords(c, version);
            return Optional.of(new StraightLoad() {
                @Override
                public StagingWriter writer() {
                    return writer;
                }

                @Override
                public void loaded() throws SQLException {
                    try (Statement st = c.createStatement()) {
                        for (String sql : rebuild) {
                            st.execute(sql);
                        }
                    }
                    c.releaseSavepoint(before);
                }

                @Override
                public void undo() throws SQLException {
                    c.rollback(before);
                }
            });
        }

        private static boolean registerEmpty(Connection c) throws SQLException {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM register_record)")) {
                rs.next();
                return rs.getBoolean(1);
            }
        }

        @Override
        String staging(Connection c) throws SQLException {
            return temporary(c, STAGING, "register_staging");
        }

        /** A table of {@code shape}'s columns, private to this transaction and never written to the WAL. */
        private static String temporary(Connection c, String name, String shape) throws SQLException {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TEMPORARY TABLE " + name + " (LIKE " + shape + ") ON COMMIT DROP");
            }
            return name;
        }

        @Override
        StagingWriter writer(Connection c, String staging, long jobId) throws SQLException {
            return StagingWriter.copy(c, staging, jobId);
        }

        /**
         * Statistics only: with the memory above the diff hash-joins the whole file, no index on it is used; of the
         * changes, so that a few are applied through the primary key rather than by a scan of the register.
         */
        @Override
        void staged(Connection c, String table) throws SQLException {
            try (Statement st = c.createStatement()) {
                st.execute("ANALYZE " + table);
            }
        }

        /**
         * Into an empty register (a first import whose file repeats an identity, so not loaded straight) the secondary
         * indexes are dropped and built again after the insert: one sort per index instead of a B-tree insertion per
         * row. A later import changes a few percent of the records and keeps the indexes, so screenings (which the
         * dropped indexes would block) go on meanwhile.
         */
        @Override
        long insertRecords(Connection c, SqlUpdate insert) throws SQLException {
            List<String> rebuild = new ArrayList<>();
            try (Statement st = c.createStatement()) {
                if (registerEmpty(c)) {
                    dropSecondary(st, rebuild);
                }
                long n = insert.run();
                // CREATE INDEX also records the table's size for the planner; end() samples the columns
                for (String sql : rebuild) {
                    st.execute(sql);
                }
                return n;
            }
        }

        /**
         * Drops register_record's indexes that back no constraint and adds their definitions to {@code rebuild}: read
         * from the catalogue, so the migrations stay their only source.
         */
        private static void dropSecondary(Statement st, List<String> rebuild) throws SQLException {
            List<String> drop = new ArrayList<>();
            try (ResultSet ix = st.executeQuery("SELECT i.indexname, i.indexdef FROM pg_indexes i"
                    + " WHERE i.schemaname = current_schema() AND i.tablename = 'register_record'"
                    + " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)"
                    + " ORDER BY i.indexname")) {
                while (ix.next()) {
                    drop.add("DROP INDEX " + ix.getString(1));
                    rebuild.add(ix.getString(2));
                }
            }
            for (String sql : drop) {
                st.execute(sql);
            }
        }

        /** One hash full join of the file and the listed records finds all three kinds of change. */
        @Override
        void findChanges(Connection c, String staging, String changes, long jobId, boolean removals)
                throws SQLException {
            update(c, "INSERT INTO " + changes + " (job_id, row_no, record_id) SELECT ?, s.row_no, r.id FROM (SELECT"
                    + " row_no, case_number, name_norm, content_hash FROM " + staging + " WHERE job_id = ?) s"
                    + (removals ? " FULL" : " LEFT") + " JOIN (SELECT id, case_number, name_norm, content_hash,"
                    + " version_removed FROM register_record WHERE version_removed IS NULL) r ON " + SAME_LISTED
                    + " WHERE s.row_no IS NULL OR r.id IS NULL OR r.content_hash <> s.content_hash", jobId, jobId);
        }

        @Override
        String changes(Connection c) throws SQLException {
            return temporary(c, CHANGES, "register_import_change");
        }

        @Override
        void clear(Connection c, String table, long jobId) {
            // the temporary tables go with the commit
        }

        @Override
        void end(Connection c) throws SQLException {
            // The screening query's plan needs the statistics of the columns it joins and bounds on: without them the
            // planner guesses a few rows and scans the whole register per query (100,000 applicants: 27 s instead of 2,
            // bench/README.md "Bulk screening"), and autovacuum may be off or late. A sample of these columns only:
            // 0.6 s at 1,000,000 records, inside the transaction.
            try (Statement st = c.createStatement()) {
                st.execute("ANALYZE register_record (match_key, name_norm, id_kind, version_added, version_removed)");
            }
        }

        /** One round trip for any number of candidates: the keys as an array, unnested. */
        @Override
        void screen(Connection c, List<ScreeningCandidate> candidates, int asOfVersion, RowHandler rows)
                throws SQLException {
            String[] keys = new String[candidates.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = candidates.get(i).matchKey();
            }
            Array k = c.createArrayOf("varchar", keys);
            try (PreparedStatement ps = c.prepareStatement("SELECT q.idx, r.* FROM unnest(?::varchar[])"
                    + " WITH ORDINALITY AS q (match_key, idx) JOIN register_record r"
                    + " ON r.match_key = q.match_key" + LISTED_AS_OF + " ORDER BY q.idx, r.id")) {
                ps.setArray(1, k);
                ps.setInt(2, asOfVersion);
                ps.setInt(3, asOfVersion);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.row(candidates.get(rs.getInt("idx") - 1), rs);
                    }
                }
            } finally {
                k.free();
            }
        }
    }

    private static final class H2 extends RegisterDialect {
        private static final String STAGING = "register_staging";

        @Override
        void begin(Connection c) {
            // H2 takes no per-transaction memory settings
        }

        @Override
        Optional<StraightLoad> straightLoad(Connection c, int version) {
            return Optional.empty();
        }

        @Override
        String staging(Connection c) {
            return STAGING;
        }

        @Override
        StagingWriter writer(Connection c, String staging, long jobId) throws SQLException {
            return StagingWriter.batch(c, staging, jobId);
        }

        @Override
        void staged(Connection c, String table) {
            // register_staging and register_import_change are indexed by the migrations
        }

        @Override
        long insertRecords(Connection c, SqlUpdate insert) throws SQLException {
            return insert.run();
        }

        /** H2 has no full join: one join from each side. */
        @Override
        void findChanges(Connection c, String staging, String changes, long jobId, boolean removals)
                throws SQLException {
            update(c, "INSERT INTO " + changes + " (job_id, row_no, record_id) SELECT s.job_id, s.row_no, r.id FROM "
                    + staging + " s LEFT JOIN register_record r ON " + SAME_LISTED + " WHERE s.job_id = ?"
                    + " AND (r.id IS NULL OR r.content_hash <> s.content_hash)", jobId);
            if (removals) {
                update(c, "INSERT INTO " + changes + " (job_id, record_id) SELECT ?, r.id FROM register_record r"
                        + " WHERE r.version_removed IS NULL AND NOT EXISTS (SELECT 1 FROM " + staging + " s"
                        + " WHERE s.job_id = ? AND " + SAME_LISTED + ")", jobId, jobId);
            }
        }

        @Override
        String changes(Connection c) {
            return "register_import_change";
        }

        @Override
        void clear(Connection c, String table, long jobId) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE job_id = ?")) {
                ps.setLong(1, jobId);
                ps.executeUpdate();
            }
        }

        @Override
        void end(Connection c) {
            // H2's planner has no column statistics to refresh
        }

        /** The candidates' keys as a VALUES list joined to the screening index, in large chunks. */
        @Override
        void screen(Connection c, List<ScreeningCandidate> candidates, int asOfVersion, RowHandler rows)
                throws SQLException {
            for (int from = 0; from < candidates.size(); from += H2_CANDIDATES_PER_QUERY) {
                List<ScreeningCandidate> chunk = candidates.subList(from,
                        Math.min(candidates.size(), from + H2_CANDIDATES_PER_QUERY));
                StringBuilder sql = new StringBuilder("SELECT q.idx, r.* FROM (VALUES ");
                for (int i = 0; i < chunk.size(); i++) {
                    sql.append(i == 0 ? "" : ", ").append("(CAST(? AS INTEGER), CAST(? AS VARCHAR(14)))");
                }
                sql.append(") AS q (idx, match_key) JOIN register_record r ON r.match_key = q.match_key")
                        .append(LISTED_AS_OF).append(" ORDER BY q.idx, r.id");
                try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                    int p = 1;
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setInt(p++, i);
                        ps.setString(p++, chunk.get(i).matchKey());
                    }
                    ps.setInt(p++, asOfVersion);
                    ps.setInt(p, asOfVersion);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.row(chunk.get(rs.getInt("idx")), rs);
                        }
                    }
                }
            }
        }
    }
}
