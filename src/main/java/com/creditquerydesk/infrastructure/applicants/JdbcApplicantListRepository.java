package com.creditquerydesk.infrastructure.applicants;

import com.creditquerydesk.domain.model.applicants.ApplicantCounts;
import com.creditquerydesk.domain.model.applicants.ApplicantList;
import com.creditquerydesk.domain.model.job.NodeId;
import com.creditquerydesk.domain.model.applicants.ApplicantListRepository;
import com.creditquerydesk.domain.model.applicants.ApplicantListStatus;
import com.creditquerydesk.domain.model.applicants.RejectedApplicant;
import com.creditquerydesk.domain.model.screening.ScreeningResult;
import com.creditquerydesk.infrastructure.screening.ScreeningJson;
import com.creditquerydesk.infrastructure.security.PiiCipher;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;

import javax.sql.DataSource;
import java.io.StringReader;
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
 * Applicant lists in plain JDBC (rejected rows and hits are written in batches). A call inside a container
 * transaction joins it; outside one (the reading's progress, its batches) it commits by itself.
 */
@ApplicationScoped
public class JdbcApplicantListRepository implements ApplicantListRepository {

    private static final String COLUMNS = "id, letter_id, file_name, file_sha256, uploaded_by, uploaded_at, "
            + "register_version, status, rows_read, applicants, rejected, matched, finished_at, error_zh, error_en";

    @Resource(lookup = "java:jboss/datasources/CqdDS")
    DataSource dataSource;

    @Inject
    PiiCipher cipher;

    @Override
    public void create(ApplicantList list, NodeId node) {
        try (Connection c = dataSource.getConnection()) {
            String failed = "SELECT id FROM applicant_list WHERE letter_id = ? AND status = 'FAILED'";
            for (String table : new String[]{"applicant_hit", "applicant_rejected"}) {
                update(c, "DELETE FROM " + table + " WHERE list_id IN (" + failed + ")", list.letterId());
            }
            update(c, "DELETE FROM applicant_list WHERE letter_id = ? AND status = 'FAILED'", list.letterId());
            update(c, "INSERT INTO applicant_list (" + COLUMNS + ", screened_by)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    list.id(), list.letterId(), list.fileName(), list.fileSha256(), list.uploadedBy(), at(list.uploadedAt()),
                    list.registerVersion(), list.status().name(), list.counts().rowsRead(), list.counts().applicants(),
                    list.counts().rejected(), list.counts().matched(), at(list.finishedAt()), list.errorZh(), list.errorEn(),
                    node.value());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot file applicant list", e);
        }
    }

    @Override
    public Optional<ApplicantList> findByLetter(String letterId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM applicant_list WHERE letter_id = ?")) {
            ps.setString(1, letterId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(list(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read applicant list", e);
        }
    }

    @Override
    public void update(ApplicantList list) {
        ApplicantCounts n = list.counts();
        run("UPDATE applicant_list SET status = ?, rows_read = ?, applicants = ?, rejected = ?, matched = ?, "
                        + "finished_at = ?, error_zh = ?, error_en = ? WHERE id = ?", list.status().name(), n.rowsRead(),
                n.applicants(), n.rejected(), n.matched(), at(list.finishedAt()), list.errorZh(), list.errorEn(), list.id());
    }

    @Override
    public void progress(String listId, long rowsRead) {
        run("UPDATE applicant_list SET rows_read = ? WHERE id = ? AND status = 'SCREENING'", rowsRead, listId);
    }

    @Override
    public void addRejected(String listId, List<RejectedApplicant> rows) {
        batch("INSERT INTO applicant_rejected (list_id, row_no, name, id_masked, code, reason_zh, reason_en) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", rows.stream().map(r -> new Object[]{listId, r.row(), r.name(),
                r.maskedId(), r.code(), cut(r.reasonZh()), cut(r.reasonEn())}).toList());
    }

    @Override
    public void addHits(String listId, List<ScreeningResult> hits) {
        batch("INSERT INTO applicant_hit (list_id, row_no, awaits_review, result_enc) VALUES (?, ?, ?, ?)",
                hits.stream().map(h -> new Object[]{listId, h.index(), h.awaitsReview(), encrypt(h)}).toList());
    }

    @Override
    public List<RejectedApplicant> rejected(String listId, long afterRow, int limit) {
        List<RejectedApplicant> out = new ArrayList<>();
        query("SELECT row_no, name, id_masked, code, reason_zh, reason_en FROM applicant_rejected WHERE list_id = ? "
                + "AND row_no > ? ORDER BY row_no FETCH FIRST " + limit + " ROWS ONLY", rs -> out.add(new RejectedApplicant(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6))),
                listId, afterRow);
        return out;
    }

    @Override
    public List<ScreeningResult> hits(String listId, long afterRow, int limit) {
        List<ScreeningResult> out = new ArrayList<>();
        query("SELECT result_enc FROM applicant_hit WHERE list_id = ? AND row_no > ? ORDER BY row_no FETCH FIRST "
                + limit + " ROWS ONLY", rs -> out.add(decrypt(rs.getString(1))), listId, afterRow);
        return out;
    }

    @Override
    public Optional<ScreeningResult> hit(String listId, int row) {
        List<ScreeningResult> out = new ArrayList<>();
        query("SELECT result_enc FROM applicant_hit WHERE list_id = ? AND row_no = ?", rs -> out.add(decrypt(rs.getString(1))),
                listId, row);
        return out.stream().findFirst();
    }

    @Override
    public void storeHit(String listId, ScreeningResult hit) {
        run("UPDATE applicant_hit SET awaits_review = ?, result_enc = ? WHERE list_id = ? AND row_no = ?",
                hit.awaitsReview(), encrypt(hit), listId, hit.index());
    }

    @Override
    public long hitsAwaitingReview(String listId) {
        long[] n = new long[1];
        query("SELECT COUNT(*) FROM applicant_hit WHERE list_id = ? AND awaits_review", rs -> n[0] = rs.getLong(1), listId);
        return n[0];
    }

    @Override
    public int failScreening(NodeId node, String zh, String en) {
        String mine = "status = 'SCREENING' AND (screened_by = ? OR screened_by IS NULL)";
        String screening = "SELECT id FROM applicant_list WHERE " + mine;
        run("DELETE FROM applicant_hit WHERE list_id IN (" + screening + ")", node.value());
        run("DELETE FROM applicant_rejected WHERE list_id IN (" + screening + ")", node.value());
        return run("UPDATE applicant_list SET status = 'FAILED', rows_read = 0, finished_at = ?, error_zh = ?, error_en = ? "
                + "WHERE " + mine, at(Instant.now()), zh, en, node.value());
    }

    private String encrypt(ScreeningResult hit) {
        return cipher.encrypt(ScreeningJson.toJson(hit).toString());
    }

    private ScreeningResult decrypt(String stored) {
        return ScreeningJson.resultFromJson(Json.createReader(new StringReader(cipher.decrypt(stored))).readObject());
    }

    private static ApplicantList list(ResultSet rs) throws SQLException {
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new ApplicantList(rs.getString("id"), rs.getString("letter_id"), rs.getString("file_name"),
                rs.getString("file_sha256"), rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(), rs.getInt("register_version"),
                ApplicantListStatus.valueOf(rs.getString("status")), new ApplicantCounts(rs.getLong("rows_read"),
                rs.getLong("applicants"), rs.getLong("rejected"), rs.getLong("matched")),
                finished == null ? null : finished.toInstant(), rs.getString("error_zh"), rs.getString("error_en"));
    }

    private static String cut(String s) {
        return s.length() > 500 ? s.substring(0, 500) : s;
    }

    private static OffsetDateTime at(Instant t) {
        return t == null ? null : OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, RowReader reader, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("applicant list query failed", e);
        }
    }

    private int run(String sql, Object... params) {
        try (Connection c = dataSource.getConnection()) {
            return update(c, sql, params);
        } catch (SQLException e) {
            throw new IllegalStateException("applicant list update failed", e);
        }
    }

    private static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    private void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(ps, row);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("applicant list batch failed", e);
        }
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }
}
