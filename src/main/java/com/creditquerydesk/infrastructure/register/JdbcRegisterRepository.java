package com.creditquerydesk.infrastructure.register;

import com.creditquerydesk.domain.model.register.ImportCounts;
import com.creditquerydesk.domain.model.register.ImportMode;
import com.creditquerydesk.domain.model.register.ImportOutcome;
import com.creditquerydesk.domain.model.register.ImportResult;
import com.creditquerydesk.domain.model.register.MaskedIdNumber;
import com.creditquerydesk.domain.model.register.RegisterMatch;
import com.creditquerydesk.domain.model.register.RegisterRecord;
import com.creditquerydesk.domain.model.register.RegisterRepository;
import com.creditquerydesk.domain.model.register.RegisterRowSource;
import com.creditquerydesk.domain.model.register.RegisterVersion;
import com.creditquerydesk.domain.model.register.RejectedRow;
import com.creditquerydesk.domain.model.register.ScreeningCandidate;
import com.creditquerydesk.domain.shared.DomainException;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * The register in plain JDBC over a {@link DataSource} (runs in WildFly and in plain tests alike).
 * An import loads the file while it is parsed and checked, all in one transaction: into an empty register on
 * PostgreSQL straight into register_record with COPY; otherwise into a staging table (COPY on PostgreSQL, batched
 * inserts on H2: {@link RegisterDialect}), whose changes against the listed records are found by one set-based join
 * and then applied (bench/README.md, Import).
 */
public final class JdbcRegisterRepository implements RegisterRepository {

    private static final int PROGRESS_EVERY = 10_000;
    private static final int REJECTED_BATCH = 1_000;
    private static final String SAME_IDENTITY = "t.case_number = s.case_number AND t.name_norm = s.name_norm";
    private static final String RECORD_COLUMNS = StagingWriter.RECORD_COLUMNS;

    private final DataSource dataSource;

    public JdbcRegisterRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public ImportResult importRegister(long jobId, ImportMode mode, RegisterRowSource rows, LongConsumer progress)
            throws IOException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                ImportResult result = importIn(c, jobId, mode, rows, progress);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | IOException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("register import failed: " + e.getMessage(), e);
        }
    }

    private ImportResult importIn(Connection c, long jobId, ImportMode mode, RegisterRowSource rows,
                                  LongConsumer progress) throws SQLException, IOException {
        RegisterDialect dialect = RegisterDialect.of(c);
        int version = nextVersion(c);
        // Filed first so the records can refer to it (and a concurrent import of the same number fails on the
        // primary key); its time, digest and counts are set at the end, all inside this transaction.
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO register_version (version_no, imported_at,"
                + " source_file, sha256, import_mode, added_count, unchanged_count, updated_count, removed_count,"
                + " rejected_count) VALUES (?, ?, ?, '', ?, 0, 0, 0, 0, 0)")) {
            ps.setInt(1, version);
            ps.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
            ps.setString(3, rows.fileName());
            ps.setString(4, mode.name());
            ps.executeUpdate();
        }
        dialect.begin(c);
        ImportCounts counts = null;
        String sha = null;
        Optional<RegisterDialect.StraightLoad> straight = dialect.straightLoad(c, version);
        if (straight.isPresent()) {
            Read read = read(c, straight.get().writer(), jobId, mode, rows, progress);
            if (read.identities.mayRepeat()) {
                // Two rows may share an identity: the diff finds them, reports the earlier and keeps the later, so
                // the file is read again into the staging table (a register's file normally has none).
                straight.get().undo();
            } else {
                straight.get().loaded();
                counts = new ImportCounts(read.accepted, 0, 0, 0, read.rejected);
                sha = read.sha;
            }
        }
        if (counts == null) {
            String staging = dialect.staging(c);
            Read read = read(c, dialect.writer(c, staging, jobId), jobId, mode, rows, progress);
            dialect.staged(c, staging);
            counts = diff(c, dialect, staging, jobId, version, mode, read);
            dialect.clear(c, staging, jobId);
            sha = read.sha;
        }
        dialect.end(c);
        if (counts.added() + counts.updated() + counts.removed() == 0 && version > 1) {
            // nothing refers to the reserved number: give it back and answer with the current version
            RegisterDialect.update(c, "DELETE FROM register_version WHERE version_no = ?", version);
            RegisterVersion current = queryVersions(c, "SELECT * FROM register_version WHERE version_no = ?",
                    version - 1).get(0);
            return new ImportResult(current, ImportOutcome.UNCHANGED, counts);
        }
        // as the column keeps it (microseconds), so the version returned equals the one read back later
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try (PreparedStatement ps = c.prepareStatement("UPDATE register_version SET imported_at = ?, sha256 = ?,"
                + " added_count = ?, unchanged_count = ?, updated_count = ?, removed_count = ?, rejected_count = ?"
                + " WHERE version_no = ?")) {
            ps.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            ps.setString(2, sha);
            ps.setLong(3, counts.added());
            ps.setLong(4, counts.unchanged());
            ps.setLong(5, counts.updated());
            ps.setLong(6, counts.removed());
            ps.setLong(7, counts.rejected());
            ps.setInt(8, version);
            ps.executeUpdate();
        }
        return ImportResult.newVersion(new RegisterVersion(version, now, rows.fileName(), sha, mode, counts));
    }

    /** What reading the file into a writer found. */
    private record Read(String sha, long accepted, long rejected, IdentityFingerprints identities) {
    }

    /**
     * Reads the file into the writer, each row parsed and checked as it streams, the rejected ones filed with the job,
     * progress every {@value #PROGRESS_EVERY} rows and at the end.
     */
    private static Read read(Connection c, StagingWriter writer, long jobId, ImportMode mode, RegisterRowSource rows,
                             LongConsumer progress) throws SQLException, IOException {
        long[] read = {0, 0}; // rows read, rows accepted
        IdentityFingerprints identities = new IdentityFingerprints();
        long rejectedRows;
        String sha;
        try (writer; RejectedWriter rejected = new RejectedWriter(c, jobId, writer)) {
            sha = rows.read((record, rowNo) -> {
                sql(() -> writer.add(rowNo, record));
                identities.add(record.caseNumber(), record.normalisedName());
                read[1]++;
                tick(++read[0], progress);
            }, row -> {
                sql(() -> rejected.add(row));
                tick(++read[0], progress);
            });
            rejectedRows = rejected.count;
        } catch (UncheckedSqlException e) {
            throw e.getCause();
        }
        if (read[0] % PROGRESS_EVERY != 0) {
            progress.accept(read[0]);
        }
        if (mode == ImportMode.SNAPSHOT && read[1] == 0) {
            throw new DomainException("REGISTER_SNAPSHOT_EMPTY", "快照中没有有效记录，未导入（否则将移除全部记录）",
                    "the snapshot has no valid record and was not imported (it would remove every record)");
        }
        return new Read(sha, read[1], rejectedRows, identities);
    }

    /**
     * The set-based diff of the staged file against the records listed now: the changes are listed first (staged rows
     * to add or replacing a listed record, and for a snapshot the listed records it no longer has), then the records
     * replaced or removed are closed and the staged rows listed are added; every other staged row is unchanged.
     */
    private static ImportCounts diff(Connection c, RegisterDialect dialect, String staging, long jobId, int version,
                                     ImportMode mode, Read read) throws SQLException {
        // A file listing the same 案号 + 姓名 twice: the last row wins, earlier ones are reported. Looked for only
        // when two rows' fingerprints are equal (a self-join of the whole file otherwise).
        long duplicates = 0;
        if (read.identities.mayRepeat()) {
            String laterDuplicate = "EXISTS (SELECT 1 FROM " + staging + " t WHERE t.job_id = s.job_id AND "
                    + SAME_IDENTITY + " AND t.row_no > s.row_no)";
            duplicates = RegisterDialect.update(c, "INSERT INTO register_import_rejected (job_id, row_no, reason_zh, reason_en)"
                    + " SELECT s.job_id, s.row_no, '案号和姓名与后面的行重复，以后面的行为准',"
                    + " 'same case number and name as a later row, which is kept' FROM " + staging + " s"
                    + " WHERE s.job_id = ? AND " + laterDuplicate, jobId);
            if (duplicates > 0) {
                RegisterDialect.update(c, "DELETE FROM " + staging + " s WHERE s.job_id = ? AND " + laterDuplicate, jobId);
            }
        }
        // One join per direction finds every change; the closes and the insert then touch the changes only.
        String changes = dialect.changes(c);
        dialect.findChanges(c, staging, changes, jobId, mode == ImportMode.SNAPSHOT);
        long removed = count(c, "SELECT COUNT(*) FROM " + changes + " WHERE job_id = ? AND row_no IS NULL", jobId);
        dialect.staged(c, changes);
        long closed = RegisterDialect.update(c, "UPDATE register_record SET version_removed = ? WHERE id IN (SELECT record_id FROM "
                + changes + " WHERE job_id = ?)", version, jobId);
        long updated = closed - removed;
        long inserted = dialect.insertRecords(c, () -> RegisterDialect.update(c, "INSERT INTO register_record (" + RECORD_COLUMNS
                + ", version_added) SELECT " + RECORD_COLUMNS.replaceAll("(\\w+)", "s.$1") + ", ? FROM " + staging
                + " s WHERE s.job_id = ? AND s.row_no IN (SELECT row_no FROM " + changes + " WHERE job_id = ?)",
                version, jobId, jobId));
        dialect.clear(c, changes, jobId);
        long unchanged = read.accepted - duplicates - inserted;
        return new ImportCounts(inserted - updated, unchanged, updated, removed, read.rejected + duplicates);
    }

    @Override
    public List<RegisterVersion> versions() {
        return queryVersions("SELECT * FROM register_version ORDER BY version_no", null);
    }

    @Override
    public Optional<RegisterVersion> latestVersion() {
        List<RegisterVersion> v = queryVersions("SELECT * FROM register_version ORDER BY version_no DESC"
                + " FETCH FIRST 1 ROWS ONLY", null);
        return v.stream().findFirst();
    }

    @Override
    public Optional<RegisterVersion> versionAt(Instant time) {
        List<RegisterVersion> v = queryVersions("SELECT * FROM register_version WHERE imported_at <= ?"
                + " ORDER BY version_no DESC FETCH FIRST 1 ROWS ONLY", OffsetDateTime.ofInstant(time, ZoneOffset.UTC));
        return v.stream().findFirst();
    }

    @Override
    public List<RegisterMatch> findMatches(List<ScreeningCandidate> candidates, Instant asOf) {
        return versionAt(asOf).map(v -> findMatches(candidates, v.number())).orElse(List.of());
    }

    /**
     * One query for all candidates (PostgreSQL; H2 in chunks of 5,000) joined to the screening index on the ID's
     * match_key and the version bounds, whatever the name: the domain rules then judge each row, a hit when the names
     * are equal (a full ID in the register must also agree on the hidden characters), a possible hit when they are
     * near (docs/rules.md#R56), nothing otherwise.
     */
    @Override
    public List<RegisterMatch> findMatches(List<ScreeningCandidate> candidates, int asOfVersion) {
        List<RegisterMatch> matches = new ArrayList<>();
        if (candidates.isEmpty()) {
            return matches;
        }
        try (Connection c = dataSource.getConnection()) {
            RegisterDialect.of(c).screen(c, candidates, asOfVersion, (candidate, rs) -> {
                int removed = rs.getInt("version_removed");
                RegisterMatch.judge(candidate, record(rs), rs.getInt("version_added"), rs.wasNull() ? null : removed)
                        .ifPresent(matches::add);
            });
        } catch (SQLException e) {
            throw new IllegalStateException("register screening failed: " + e.getMessage(), e);
        }
        return matches;
    }

    private static RegisterRecord record(ResultSet rs) throws SQLException {
        return new RegisterRecord(rs.getString("person_name"), MaskedIdNumber.parse(rs.getString("id_number")),
                rs.getString("court"), rs.getString("province"), rs.getString("case_number"),
                rs.getString("basis_number"), rs.getString("duty"), rs.getString("performance"),
                rs.getString("dishonest_conduct"), rs.getObject("filed_on", java.time.LocalDate.class),
                rs.getObject("published_on", java.time.LocalDate.class));
    }

    private List<RegisterVersion> queryVersions(String sql, Object param) {
        try (Connection c = dataSource.getConnection()) {
            return queryVersions(c, sql, param);
        } catch (SQLException e) {
            throw new IllegalStateException("reading register versions failed: " + e.getMessage(), e);
        }
    }

    private static List<RegisterVersion> queryVersions(Connection c, String sql, Object param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (param != null) {
                ps.setObject(1, param);
            }
            List<RegisterVersion> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RegisterVersion(rs.getInt("version_no"),
                            rs.getObject("imported_at", OffsetDateTime.class).toInstant(), rs.getString("source_file"),
                            rs.getString("sha256"), ImportMode.valueOf(rs.getString("import_mode")),
                            new ImportCounts(rs.getLong("added_count"), rs.getLong("unchanged_count"),
                                    rs.getLong("updated_count"), rs.getLong("removed_count"),
                                    rs.getLong("rejected_count"))));
                }
            }
            return out;
        }
    }

    private static int nextVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version_no), 0) + 1 FROM register_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static long count(Connection c, String sql, long param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void tick(long rowsRead, LongConsumer progress) {
        if (rowsRead % PROGRESS_EVERY == 0) {
            progress.accept(rowsRead);
        }
    }

    /** Rejected rows go in batches; the staging writer pauses first (no statement may run beside a COPY). */
    private static final class RejectedWriter implements AutoCloseable {
        private final PreparedStatement ps;
        private final StagingWriter staging;
        private final long jobId;
        private int pending;
        long count;

        RejectedWriter(Connection c, long jobId, StagingWriter staging) throws SQLException {
            this.ps = c.prepareStatement("INSERT INTO register_import_rejected (job_id, row_no, reason_zh, reason_en)"
                    + " VALUES (?, ?, ?, ?)");
            this.staging = staging;
            this.jobId = jobId;
        }

        void add(RejectedRow row) throws SQLException {
            ps.setLong(1, jobId);
            ps.setLong(2, row.rowNumber());
            ps.setString(3, truncate(row.reasonZh()));
            ps.setString(4, truncate(row.reasonEn()));
            ps.addBatch();
            count++;
            if (++pending == REJECTED_BATCH) {
                flush();
            }
        }

        private void flush() throws SQLException {
            if (pending > 0) {
                staging.pause();
                ps.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            flush();
            ps.close();
        }

        private static String truncate(String s) {
            return s.length() <= 1000 ? s : s.substring(0, 999) + "…";
        }
    }

    private interface SqlAction {
        void run() throws SQLException;
    }

    private static void sql(SqlAction action) {
        try {
            action.run();
        } catch (SQLException e) {
            throw new UncheckedSqlException(e);
        }
    }

    private static final class UncheckedSqlException extends RuntimeException {
        UncheckedSqlException(SQLException e) {
            super(e);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
