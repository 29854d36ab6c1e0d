package com.creditquerydesk.infrastructure.jobs;

import com.creditquerydesk.domain.model.job.Job;
import com.creditquerydesk.domain.model.job.JobKind;
import com.creditquerydesk.domain.model.job.JobState;
import com.creditquerydesk.domain.model.job.NodeId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The job table's claims, leases and takeovers (docs/rules.md#R80), the same on H2 and PostgreSQL. */
abstract class JobRepositoryContract {

    static final Instant T0 = Instant.parse("2026-12-07T02:00:00Z");
    static final Duration LEASE = Duration.ofSeconds(60);
    static final NodeId A = new NodeId("a");
    static final NodeId B = new NodeId("b");

    abstract DataSource dataSource();

    JdbcJobRepository jobs;

    @BeforeEach
    void empty() throws SQLException {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM background_job");
        }
        jobs = new JdbcJobRepository(dataSource());
    }

    @Test
    void aQueuedJobIsClaimedOnceAndTakenOverAfterItsLeaseExpired() {
        jobs.enqueue(JobKind.EXTRACTION, "l1", T0);
        Job claimed = jobs.claimNext(JobKind.EXTRACTION, A, T0, LEASE).orElseThrow();
        assertEquals("l1", claimed.payload());
        assertEquals(A, claimed.leaseOwner());
        assertTrue(jobs.claimNext(JobKind.EXTRACTION, B, T0.plusSeconds(59), LEASE).isEmpty(), "held by a");
        assertTrue(jobs.claimNext(JobKind.REGISTER_IMPORT, B, T0, LEASE).isEmpty(), "another kind");
        Job taken = jobs.claimNext(JobKind.EXTRACTION, B, T0.plusSeconds(60), LEASE).orElseThrow();
        assertEquals(claimed.id(), taken.id());
        assertEquals(B, taken.leaseOwner());
        assertEquals(2, taken.attempts());
        assertTrue(jobs.update(taken.id(), A, j -> j.succeed(A, T0)).isEmpty(), "a's late result is refused");
        assertEquals(JobState.DONE, jobs.update(taken.id(), B, j -> j.succeed(B, T0.plusSeconds(70))).orElseThrow()
                .state());
        assertEquals("DONE", latestState("l1"));
    }

    private String latestState(String payload) {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT state FROM background_job WHERE payload = '" + payload
                     + "' ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql) {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void renewingKeepsTheLeaseAndALostLeaseIsReported() {
        jobs.enqueue(JobKind.EXTRACTION, "l1", T0);
        long id = jobs.claimNext(JobKind.EXTRACTION, A, T0, LEASE).orElseThrow().id();
        assertEquals(Set.of(id), jobs.renew(List.of(id), A, T0.plusSeconds(50), LEASE));
        assertTrue(jobs.claimNext(JobKind.EXTRACTION, B, T0.plusSeconds(100), LEASE).isEmpty(), "renewed to 110 s");
        assertTrue(jobs.claimNext(JobKind.EXTRACTION, B, T0.plusSeconds(110), LEASE).isPresent());
        assertEquals(Set.of(), jobs.renew(List.of(id), A, T0.plusSeconds(111), LEASE), "b holds it now");
    }

    @Test
    void aRowAnotherServerIsClaimingIsSkippedNotWaitedFor() throws SQLException {
        jobs.enqueue(JobKind.EXTRACTION, "l1", T0);
        jobs.enqueue(JobKind.EXTRACTION, "l2", T0.plusSeconds(1));
        try (Connection other = dataSource().getConnection(); Statement s = other.createStatement()) {
            other.setAutoCommit(false);
            s.executeQuery("SELECT id FROM background_job WHERE payload = 'l1' FOR UPDATE").close();
            Job claimed = jobs.claimNext(JobKind.EXTRACTION, A, T0.plusSeconds(2), LEASE).orElseThrow();
            assertEquals("l2", claimed.payload());
            assertTrue(jobs.claimNext(JobKind.EXTRACTION, A, T0.plusSeconds(2), LEASE).isEmpty());
            other.rollback();
        }
        assertEquals("l1", jobs.claimNext(JobKind.EXTRACTION, B, T0.plusSeconds(2), LEASE).orElseThrow().payload());
    }

    @Test
    void importsRunOneAtATimeInTheOrderQueued() throws SQLException {
        jobs.enqueue(JobKind.REGISTER_IMPORT, "1", T0);
        jobs.enqueue(JobKind.REGISTER_IMPORT, "2", T0);
        Job first = jobs.claimNext(JobKind.REGISTER_IMPORT, A, T0, LEASE).orElseThrow();
        assertEquals("1", first.payload());
        assertTrue(jobs.claimNext(JobKind.REGISTER_IMPORT, B, T0, LEASE).isEmpty(), "the second waits for the first");
        jobs.update(first.id(), A, j -> j.succeed(A, T0));
        try (Connection other = dataSource().getConnection(); Statement s = other.createStatement()) {
            other.setAutoCommit(false);
            s.executeQuery("SELECT id FROM background_job WHERE payload = '2' FOR UPDATE").close();
            assertTrue(jobs.claimNext(JobKind.REGISTER_IMPORT, B, T0, LEASE).isEmpty(), "no overtaking a locked head");
            other.rollback();
        }
        assertEquals("2", jobs.claimNext(JobKind.REGISTER_IMPORT, B, T0, LEASE).orElseThrow().payload());
    }

    @Test
    void oneActiveJobPerPayloadAndAskingAgainWhileRunningQueuesItOnceMore() {
        jobs.enqueue(JobKind.EXTRACTION, "l1", T0);
        jobs.enqueue(JobKind.EXTRACTION, "l1", T0);
        Job claimed = jobs.claimNext(JobKind.EXTRACTION, A, T0, LEASE).orElseThrow();
        assertTrue(jobs.claimNext(JobKind.EXTRACTION, B, T0, LEASE).isEmpty(), "queued once");
        jobs.enqueue(JobKind.EXTRACTION, "l1", T0.plusSeconds(1));
        assertTrue(jobs.claimNext(JobKind.EXTRACTION, B, T0.plusSeconds(1), LEASE).isEmpty(),
                "not a second job beside the running one");
        Job after = jobs.update(claimed.id(), A, j -> j.succeed(A, T0.plusSeconds(2))).orElseThrow();
        assertEquals(JobState.QUEUED, after.state());
        Job again = jobs.claimNext(JobKind.EXTRACTION, B, T0.plusSeconds(2), LEASE).orElseThrow();
        assertEquals(claimed.id(), again.id());
        jobs.update(again.id(), B, j -> j.succeed(B, T0.plusSeconds(3)));
        jobs.enqueue(JobKind.EXTRACTION, "l1", T0.plusSeconds(4));
        assertEquals("QUEUED", latestState("l1"), "a finished job is not reopened: a new one is queued");
        assertEquals(2, count("SELECT COUNT(*) FROM background_job WHERE payload = 'l1'"));
    }

    @Test
    void aFailedAttemptWaitsForItsBackoff() {
        jobs.enqueue(JobKind.EXTRACTION, "l1", T0);
        Job claimed = jobs.claimNext(JobKind.EXTRACTION, A, T0, LEASE).orElseThrow();
        jobs.update(claimed.id(), A, j -> j.fail(A, "boom", T0));
        assertTrue(jobs.claimNext(JobKind.EXTRACTION, A, T0.plusSeconds(29), LEASE).isEmpty());
        Job second = jobs.claimNext(JobKind.EXTRACTION, B, T0.plusSeconds(30), LEASE).orElseThrow();
        assertEquals("boom", second.lastError());
        assertEquals(2, second.attempts());
    }

    @Test
    void aRestartedServerTakesItsOwnJobsBackAtOnce() {
        jobs.enqueue(JobKind.EXTRACTION, "l1", T0);
        jobs.claimNext(JobKind.EXTRACTION, A, T0, LEASE).orElseThrow();
        assertEquals(0, jobs.releaseAfterRestart(B, T0.plusSeconds(1)));
        assertTrue(jobs.claimNext(JobKind.EXTRACTION, A, T0.plusSeconds(1), LEASE).isEmpty());
        assertEquals(1, jobs.releaseAfterRestart(A, T0.plusSeconds(1)));
        assertEquals(2, jobs.claimNext(JobKind.EXTRACTION, A, T0.plusSeconds(1), LEASE).orElseThrow().attempts());
    }

    @Test
    void aRecurringJobHasOneRowWhicheverServersStartAndComesBackAfterEachAttempt() throws Exception {
        Instant due = T0.plusSeconds(30);
        int servers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(servers);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> made = new ArrayList<>();
            for (int i = 0; i < servers; i++) {
                made.add(pool.submit(() -> {
                    go.await();
                    return jobs.schedule(Job.recurring(JobKind.BLOB_SWEEP, due, T0));
                }));
            }
            go.countDown();
            int inserted = 0;
            for (Future<Boolean> f : made) {
                inserted += f.get() ? 1 : 0;
            }
            assertEquals(1, inserted, "one server's start makes the row, the others find it");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, count("SELECT COUNT(*) FROM background_job WHERE kind = 'BLOB_SWEEP'"));
        assertFalse(jobs.schedule(Job.recurring(JobKind.BLOB_SWEEP, T0, T0)), "a later start makes none either");
        assertTrue(jobs.claimNext(JobKind.BLOB_SWEEP, A, T0, LEASE).isEmpty(), "not due yet");

        Job running = jobs.claimNext(JobKind.BLOB_SWEEP, A, due, LEASE).orElseThrow();
        assertTrue(jobs.claimNext(JobKind.BLOB_SWEEP, B, due, LEASE).isEmpty(), "one server at a time");
        Instant next = due.plusSeconds(86_400);
        jobs.update(running.id(), A, j -> j.succeed(A, due.plusSeconds(5)).nextOccurrence(next));
        assertFalse(jobs.schedule(Job.recurring(JobKind.BLOB_SWEEP, T0, T0)), "still one row after a run");
        assertTrue(jobs.claimNext(JobKind.BLOB_SWEEP, B, next.minusSeconds(1), LEASE).isEmpty());
        Job again = jobs.claimNext(JobKind.BLOB_SWEEP, B, next, LEASE).orElseThrow();
        assertEquals(running.id(), again.id(), "the same row, claimed by the other server the next time");
        assertEquals(1, again.attempts());
        assertEquals(1, count("SELECT COUNT(*) FROM background_job WHERE kind = 'BLOB_SWEEP'"));
    }

    @Test
    void serversClaimingTogetherClaimEveryJobExactlyOnce() throws Exception {
        int n = 60;
        for (int i = 0; i < n; i++) {
            jobs.enqueue(JobKind.EXTRACTION, "l" + i, T0);
        }
        ConcurrentLinkedQueue<String> claimed = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                NodeId node = new NodeId("n" + w);
                workers.add(pool.submit(() -> {
                    Optional<Job> job;
                    while ((job = jobs.claimNext(JobKind.EXTRACTION, node, T0, LEASE)).isPresent()) {
                        claimed.add(job.get().payload());
                        long id = job.get().id();
                        jobs.update(id, node, j -> j.succeed(node, T0));
                    }
                    return null;
                }));
            }
            for (Future<?> f : workers) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(n, claimed.size(), "no job claimed twice: " + claimed);
        assertEquals(n, new HashSet<>(claimed).size());
        assertFalse(jobs.claimNext(JobKind.EXTRACTION, A, T0, LEASE).isPresent());
    }
}
