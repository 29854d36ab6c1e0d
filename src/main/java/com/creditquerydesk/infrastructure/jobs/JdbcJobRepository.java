package com.creditquerydesk.infrastructure.jobs;

import com.creditquerydesk.domain.model.job.Job;
import com.creditquerydesk.domain.model.job.JobKind;
import com.creditquerydesk.domain.model.job.JobRepository;
import com.creditquerydesk.domain.model.job.JobState;
import com.creditquerydesk.domain.model.job.NodeId;
import com.creditquerydesk.domain.shared.InfrastructureException;
import com.creditquerydesk.infrastructure.persistence.jdbc.JdbcTransaction;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The job table in plain JDBC, the same statements on PostgreSQL and H2 (docs/rules.md#R80). A claim reads a few
 * candidates without locking, then locks one at a time with {@code FOR UPDATE SKIP LOCKED}, the condition checked
 * again on the locked row: H2 applies {@code FETCH FIRST} before it skips a locked row, so a single
 * {@code … LIMIT 1 FOR UPDATE SKIP LOCKED} would answer nothing there while another server holds the first row.
 * Within a container transaction the statements join it; without one each call commits on its own.
 */
@ApplicationScoped
public class JdbcJobRepository implements JobRepository {

    private static final int CANDIDATES = 8;
    /** The SQL state of a unique constraint's violation, on PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = "id, kind, payload, state, attempts, lease_owner, lease_expires_at,"
            + " next_attempt_at, rerun, last_error, created_at, finished_at";

    @Resource(lookup = "java:jboss/datasources/CqdDS")
    DataSource dataSource;

    public JdbcJobRepository() {
    }

    public JdbcJobRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void enqueue(JobKind kind, String payload, Instant now) {
        Job fresh = Job.queued(kind, payload, now);
        inTransaction(c -> {
            Optional<Job> active = one(c, "SELECT " + COLUMNS + " FROM background_job WHERE active_key = ? FOR UPDATE",
                    fresh.activeKey());
            if (active.isPresent()) {
                write(c, active.get().askedAgain(now));
            } else {
                insert(c, fresh);
            }
            return null;
        });
    }

    /** Two servers starting at once may both find no row: the active key lets one insert win, the other is told so. */
    @Override
    public boolean schedule(Job recurring) {
        try {
            return inTransaction(c -> {
                if (one(c, "SELECT " + COLUMNS + " FROM background_job WHERE active_key = ?", recurring.activeKey())
                        .isPresent()) {
                    return false;
                }
                insert(c, recurring);
                return true;
            });
        } catch (InfrastructureException e) {
            if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<Job> claimNext(JobKind kind, NodeId node, Instant now, Duration lease) {
        return inTransaction(c -> {
            List<Long> candidates = new ArrayList<>();
            String sql = kind.oneAtATime()
                    ? "SELECT id FROM background_job WHERE kind = ? AND state IN ('QUEUED', 'RUNNING') ORDER BY id"
                    + " FETCH FIRST 1 ROWS ONLY"
                    : "SELECT id FROM background_job WHERE kind = ? AND (state = 'QUEUED' AND next_attempt_at <= ?"
                    + " OR state = 'RUNNING' AND lease_expires_at <= ?) ORDER BY next_attempt_at, id"
                    + " FETCH FIRST " + CANDIDATES + " ROWS ONLY";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, kind.name());
                if (!kind.oneAtATime()) {
                    ps.setObject(2, at(now));
                    ps.setObject(3, at(now));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        candidates.add(rs.getLong(1));
                    }
                }
            }
            for (long id : candidates) {
                Optional<Job> locked = one(c, "SELECT " + COLUMNS + " FROM background_job WHERE id = ? AND (state ="
                        + " 'QUEUED' AND next_attempt_at <= ? OR state = 'RUNNING' AND lease_expires_at <= ?)"
                        + " FOR UPDATE SKIP LOCKED", id, at(now), at(now));
                if (locked.isPresent()) {
                    Job claimed = locked.get().claim(node, now, lease);
                    write(c, claimed);
                    return Optional.of(claimed);
                }
            }
            return Optional.empty();
        });
    }

    @Override
    public Optional<Job> update(long id, NodeId node, UnaryOperator<Job> transition) {
        return inTransaction(c -> {
            Optional<Job> held = one(c, "SELECT " + COLUMNS + " FROM background_job WHERE id = ? FOR UPDATE", id)
                    .filter(j -> j.heldBy(node));
            if (held.isEmpty()) {
                return Optional.empty();
            }
            Job after = transition.apply(held.get());
            write(c, after);
            return Optional.of(after);
        });
    }

    @Override
    public Set<Long> renew(Collection<Long> ids, NodeId node, Instant now, Duration lease) {
        Set<Long> held = new HashSet<>();
        for (long id : ids) {
            // One statement per job: a handful run on a server at a time.
            int n = inTransaction(c -> execute(c, "UPDATE background_job SET lease_expires_at = ? WHERE id = ?"
                    + " AND state = 'RUNNING' AND lease_owner = ?", at(now.plus(lease)), id, node.value()));
            if (n == 1) {
                held.add(id);
            }
        }
        return held;
    }

    @Override
    public int releaseAfterRestart(NodeId node, Instant now) {
        return inTransaction(c -> execute(c, "UPDATE background_job SET lease_expires_at = ? WHERE state = 'RUNNING'"
                + " AND lease_owner = ?", at(now), node.value()));
    }

    private static void insert(Connection c, Job job) throws SQLException {
        execute(c, "INSERT INTO background_job (kind, payload, state, active_key, attempts, lease_owner,"
                        + " lease_expires_at, next_attempt_at, rerun, last_error, created_at, finished_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", job.kind().name(), job.payload(),
                job.state().name(), job.activeKey(), job.attempts(), null, null, at(job.nextAttemptAt()), false,
                job.lastError(), at(job.createdAt()), null);
    }

    private static void write(Connection c, Job job) throws SQLException {
        execute(c, "UPDATE background_job SET state = ?, active_key = ?, attempts = ?, lease_owner = ?,"
                        + " lease_expires_at = ?, next_attempt_at = ?, rerun = ?, last_error = ?, finished_at = ?"
                        + " WHERE id = ?", job.state().name(), job.active() ? job.activeKey() : null, job.attempts(),
                job.leaseOwner() == null ? null : job.leaseOwner().value(), at(job.leaseExpiresAt()),
                at(job.nextAttemptAt()), job.rerun(), job.lastError(), at(job.finishedAt()), job.id());
    }

    private static Optional<Job> one(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            String owner = rs.getString("lease_owner");
            return Optional.of(new Job(rs.getLong("id"), JobKind.valueOf(rs.getString("kind")), rs.getString("payload"),
                    JobState.valueOf(rs.getString("state")), rs.getInt("attempts"),
                    owner == null ? null : new NodeId(owner), instant(rs, "lease_expires_at"),
                    instant(rs, "next_attempt_at"), rs.getBoolean("rerun"), rs.getString("last_error"),
                    instant(rs, "created_at"), instant(rs, "finished_at")));
        }
    }

    private static int execute(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args)) {
            return ps.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) {
                ps.setNull(i + 1, java.sql.Types.NULL);
            } else {
                ps.setObject(i + 1, args[i]);
            }
        }
        return ps;
    }

    private static OffsetDateTime at(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private <T> T inTransaction(JdbcTransaction.Work<T> work) {
        return JdbcTransaction.run(dataSource, work, "JOB_TABLE_FAILED", "后台任务表读写失败",
                "the job table could not be read or written");
    }
}
