package com.creditquerydesk.infrastructure.register;

import com.creditquerydesk.domain.model.register.ImportCounts;
import com.creditquerydesk.domain.model.register.ImportJob;
import com.creditquerydesk.domain.model.register.ImportJobRepository;
import com.creditquerydesk.domain.model.register.ImportJobStatus;
import com.creditquerydesk.domain.model.register.ImportMode;
import com.creditquerydesk.domain.model.register.ImportOutcome;
import com.creditquerydesk.domain.model.register.ImportRequest;
import com.creditquerydesk.domain.model.register.ImportResult;
import com.creditquerydesk.domain.model.register.RejectedRow;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Import jobs in plain JDBC; every call but {@link #start} (which joins the caller's transaction, where the job is
 * queued too) runs in its own auto-committed statement.
 */
public final class JdbcImportJobRepository implements ImportJobRepository {

    private final DataSource dataSource;

    public JdbcImportJobRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long start(String sourceFileName, ImportMode mode, ImportRequest request) {
        String sql = "INSERT INTO register_import_job (source_file, import_mode, status, rows_read, added_count,"
                + " unchanged_count, updated_count, removed_count, rejected_count, started_at, file_sha256,"
                + " started_by, started_from) VALUES (?, ?, 'RUNNING', 0, 0, 0, 0, 0, 0, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql, new String[]{"id"})) {
            ps.setString(1, sourceFileName);
            ps.setString(2, mode.name());
            ps.setObject(3, now());
            ps.setString(4, request.fileSha256());
            ps.setString(5, request.startedBy());
            ps.setString(6, request.startedFrom());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public void progress(long jobId, long rowsRead) {
        execute("UPDATE register_import_job SET rows_read = ? WHERE id = ? AND status = 'RUNNING'", rowsRead, jobId);
    }

    @Override
    public void done(long jobId, ImportResult result, long rowsRead) {
        ImportCounts n = result.counts();
        execute("UPDATE register_import_job SET status = 'DONE', version_no = ?, outcome = ?, rows_read = ?,"
                        + " added_count = ?, unchanged_count = ?, updated_count = ?, removed_count = ?,"
                        + " rejected_count = ?, finished_at = ? WHERE id = ?", result.version().number(),
                result.outcome().name(), rowsRead, n.added(), n.unchanged(), n.updated(), n.removed(), n.rejected(),
                now(), jobId);
    }

    @Override
    public void failed(long jobId, String errorZh, String errorEn) {
        execute("UPDATE register_import_job SET status = 'FAILED', error_zh = ?, error_en = ?, finished_at = ?"
                + " WHERE id = ?", cut(errorZh), cut(errorEn), now(), jobId);
    }

    @Override
    public Optional<ImportRequest> request(long jobId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT file_sha256, started_by, started_from FROM register_import_job WHERE id = ?")) {
            ps.setLong(1, jobId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getString(1) != null
                        ? Optional.of(new ImportRequest(rs.getString(1), rs.getString(2), rs.getString(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public Optional<ImportJob> find(long jobId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM register_import_job WHERE id = ?")) {
            ps.setLong(1, jobId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                int version = rs.getInt("version_no");
                Integer versionNo = rs.wasNull() ? null : version;
                String outcome = rs.getString("outcome");
                OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
                return Optional.of(new ImportJob(rs.getLong("id"), rs.getString("source_file"),
                        ImportMode.valueOf(rs.getString("import_mode")), ImportJobStatus.valueOf(rs.getString("status")),
                        rs.getLong("rows_read"), versionNo, outcome == null ? null : ImportOutcome.valueOf(outcome),
                        new ImportCounts(rs.getLong("added_count"), rs.getLong("unchanged_count"),
                                rs.getLong("updated_count"), rs.getLong("removed_count"), rs.getLong("rejected_count")),
                        rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                        finished == null ? null : finished.toInstant(), rs.getString("error_zh"),
                        rs.getString("error_en")));
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public List<RejectedRow> rejectedRows(long jobId, int limit) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT row_no, reason_zh, reason_en FROM register_import_rejected"
                     + " WHERE job_id = ? ORDER BY row_no FETCH FIRST ? ROWS ONLY")) {
            ps.setLong(1, jobId);
            ps.setInt(2, limit);
            List<RejectedRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RejectedRow(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private int execute(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            int n = ps.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
            return n;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
    }

    private static String cut(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
    }

    private static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("register import job store failed: " + e.getMessage(), e);
    }
}
