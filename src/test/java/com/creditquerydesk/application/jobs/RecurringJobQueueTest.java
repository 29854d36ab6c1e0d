package com.creditquerydesk.application.jobs;

import com.creditquerydesk.domain.model.job.Job;
import com.creditquerydesk.domain.model.job.JobKind;
import com.creditquerydesk.domain.model.job.JobState;
import com.creditquerydesk.domain.model.job.NodeId;
import com.creditquerydesk.domain.model.job.Recurrence;
import com.creditquerydesk.infrastructure.jobs.JdbcJobRepository;
import com.creditquerydesk.infrastructure.register.TestDatabases;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A recurring job's attempts ending through the queue (docs/rules.md#R97), on the real job table (H2): done or failed
 * for good, its one row is queued for its next occurrence, and a failure for good is still shown by its handler.
 */
class RecurringJobQueueTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant FIRST = Instant.parse("2026-12-08T00:30:00Z"); // 08:30 in Shanghai
    private static final NodeId NODE = new NodeId("node-a");
    private static final Duration LEASE = Duration.ofSeconds(60);

    private final JdbcJobRepository jobs = new JdbcJobRepository(TestDatabases.h2());
    private final List<Job> gaveUp = new ArrayList<>();
    private final JobHandler digest = new JobHandler() {
        @Override
        public JobKind kind() {
            return JobKind.DAILY_DIGEST;
        }

        @Override
        public Executor executor() {
            return Runnable::run;
        }

        @Override
        public int concurrency() {
            return 1;
        }

        @Override
        public Optional<Recurrence> recurrence() {
            return Optional.of(new Recurrence.DailyAt(LocalTime.of(8, 30), SHANGHAI));
        }

        @Override
        public void run(Job job, JobLease lease) {
        }

        @Override
        public void gaveUp(Job job) {
            gaveUp.add(job);
        }
    };

    private JobQueue queueAt(Instant now) {
        JobQueue q = new JobQueue();
        q.jobs = jobs;
        q.clock = Clock.fixed(now, ZoneOffset.UTC);
        q.settings = new JobSettings() {
            @Override
            public NodeId node() {
                return NODE;
            }

            @Override
            public Duration lease() {
                return LEASE;
            }

            @Override
            public Duration pollInterval() {
                return Duration.ofSeconds(5);
            }
        };
        return q;
    }

    @Test
    void doneOrFailedForGoodTheRowComesBackTheNextDay() {
        Recurrence r = digest.recurrence().orElseThrow();
        assertTrue(queueAt(FIRST.minusSeconds(3600)).schedule(digest, r));
        assertEquals(false, queueAt(FIRST.minusSeconds(3500)).schedule(digest, r), "made once");

        Job claimed = jobs.claimNext(JobKind.DAILY_DIGEST, NODE, FIRST, LEASE).orElseThrow();
        queueAt(FIRST.plusSeconds(10)).succeeded(digest, claimed);
        Instant nextDay = FIRST.plus(Duration.ofDays(1));
        assertTrue(jobs.claimNext(JobKind.DAILY_DIGEST, NODE, nextDay.minusSeconds(1), LEASE).isEmpty(),
                "not again the same day");

        // The next day every attempt fails: after the third it is given up for that day, shown, and due the day after.
        for (int attempt = 1; attempt <= 3; attempt++) {
            Instant at = nextDay.plus(Duration.ofMinutes(20L * attempt));
            Job running = jobs.claimNext(JobKind.DAILY_DIGEST, NODE, at, LEASE).orElseThrow();
            assertEquals(claimed.id(), running.id(), "always the same row");
            assertEquals(attempt, running.attempts());
            queueAt(at.plusSeconds(1)).failed(digest, running, "the mail server refused");
        }
        assertEquals(1, gaveUp.size());
        assertEquals(JobState.FAILED, gaveUp.get(0).state());
        Instant dayAfter = FIRST.plus(Duration.ofDays(2));
        assertTrue(jobs.claimNext(JobKind.DAILY_DIGEST, NODE, dayAfter.minusSeconds(1), LEASE).isEmpty());
        Job third = jobs.claimNext(JobKind.DAILY_DIGEST, NODE, dayAfter, LEASE).orElseThrow();
        assertEquals(1, third.attempts(), "a new day, all its attempts");
        assertEquals("the mail server refused", third.lastError());
    }
}
