package com.creditquerydesk.domain.model.job;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lease and retry rules of one job (docs/rules.md#R80, #R81), on a fixed clock. */
class JobTest {

    private static final Instant T0 = Instant.parse("2026-12-07T02:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final NodeId A = new NodeId("a");
    private static final NodeId B = new NodeId("b");

    private static Job queued() {
        return Job.queued(JobKind.EXTRACTION, "letter-1", T0);
    }

    @Test
    void aQueuedJobIsClaimableFromItsAttemptTimeOn() {
        Job job = queued();
        assertTrue(job.claimableAt(T0));
        assertTrue(job.claimableAt(T0.plusSeconds(1)));
        assertFalse(job.claimableAt(T0.minusMillis(1)));
        assertEquals("EXTRACTION:letter-1", job.activeKey());
    }

    @Test
    void aClaimCountsTheAttemptAndHoldsTheLeaseUntilItExpires() {
        Job running = queued().claim(A, T0, LEASE);
        assertEquals(JobState.RUNNING, running.state());
        assertEquals(1, running.attempts());
        assertEquals(A, running.leaseOwner());
        assertEquals(T0.plus(LEASE), running.leaseExpiresAt());
        assertTrue(running.heldBy(A));
        assertFalse(running.heldBy(B));
        assertFalse(running.claimableAt(T0.plus(LEASE).minusMillis(1)), "held while the lease lasts");
        assertThrows(IllegalStateException.class, () -> running.claim(B, T0.plusSeconds(59), LEASE));
        assertTrue(running.claimableAt(T0.plus(LEASE)), "claimable by anyone once the lease expired");
    }

    @Test
    void aRenewedLeaseLastsFromTheRenewal() {
        Job running = queued().claim(A, T0, LEASE).renew(A, T0.plusSeconds(20), LEASE);
        assertEquals(T0.plusSeconds(80), running.leaseExpiresAt());
        assertFalse(running.claimableAt(T0.plusSeconds(79)));
        assertThrows(IllegalStateException.class, () -> running.renew(B, T0.plusSeconds(30), LEASE));
    }

    @Test
    void aTakeoverCountsTheLostAttemptAndNamesTheServerThatStopped() {
        Job taken = queued().claim(A, T0, LEASE).claim(B, T0.plusSeconds(61), LEASE);
        assertEquals(B, taken.leaseOwner());
        assertEquals(2, taken.attempts());
        assertTrue(taken.lastError().contains("server a stopped answering during attempt 1"), taken.lastError());
        assertFalse(taken.heldBy(A), "the first server's later renewal or completion is refused");
        assertThrows(IllegalStateException.class, () -> taken.succeed(A, T0.plusSeconds(62)));
    }

    @Test
    void aFailedAttemptWaitsTheBackoffThenTheLastFailureIsFinal() {
        Job job = queued().claim(A, T0, LEASE);
        Job first = job.fail(A, "boom 1", T0.plusSeconds(5));
        assertEquals(JobState.QUEUED, first.state());
        assertEquals(T0.plusSeconds(35), first.nextAttemptAt(), "30 s after the first failure");
        assertNull(first.leaseOwner());
        assertEquals("boom 1", first.lastError());
        Job second = first.claim(B, T0.plusSeconds(35), LEASE).fail(B, "boom 2", T0.plusSeconds(40));
        assertEquals(T0.plusSeconds(100), second.nextAttemptAt(), "60 s after the second");
        Job third = second.claim(A, T0.plusSeconds(100), LEASE).fail(A, "boom 3", T0.plusSeconds(101));
        assertEquals(JobState.FAILED, third.state(), "EXTRACTION is tried 3 times");
        assertEquals("boom 3", third.lastError());
        assertEquals(T0.plusSeconds(101), third.finishedAt());
        assertFalse(third.active());
        assertFalse(third.claimableAt(T0.plus(Duration.ofDays(1))));
    }

    @Test
    void aJobOneAttemptKindIsGivenUpWhenItsServerStopped() {
        Job running = Job.queued(JobKind.REGISTER_IMPORT, "17", T0).claim(A, T0, LEASE);
        assertFalse(running.beyondLimit());
        Job taken = running.claim(B, T0.plusSeconds(60), LEASE);
        assertTrue(taken.beyondLimit(), "its one attempt was lost: given up, not run again");
        Job failed = taken.giveUp(B, taken.lastError(), T0.plusSeconds(60));
        assertEquals(JobState.FAILED, failed.state());
        assertTrue(failed.lastError().contains("server a"), failed.lastError());
    }

    @Test
    void aJobAskedAgainWhileRunningIsQueuedOnceMoreAfterIt() {
        Job running = queued().claim(A, T0, LEASE);
        assertEquals(queued(), queued().askedAgain(T0), "a queued job is already waiting");
        Job again = running.askedAgain(T0.plusSeconds(1));
        assertTrue(again.rerun());
        Job after = again.succeed(A, T0.plusSeconds(2));
        assertEquals(JobState.QUEUED, after.state());
        assertEquals(0, after.attempts());
        assertFalse(after.rerun());
        assertTrue(after.claimableAt(T0.plusSeconds(2)));
        Job afterFailure = again.fail(A, "boom", T0.plusSeconds(2));
        assertEquals(JobState.QUEUED, afterFailure.state(), "the new file is read even after a failure");
        assertEquals(T0.plusSeconds(2), afterFailure.nextAttemptAt());
        Job done = running.succeed(A, T0.plusSeconds(3));
        assertEquals(JobState.DONE, done.state());
        assertThrows(IllegalStateException.class, () -> done.askedAgain(T0.plusSeconds(4)));
    }

    @Test
    void aRestartedServerReleasesItsOwnLeasesAtOnce() {
        Job running = queued().claim(A, T0, LEASE);
        Job released = running.releasedAfterRestart(A, T0.plusSeconds(5));
        assertTrue(released.claimableAt(T0.plusSeconds(5)));
        assertThrows(IllegalStateException.class, () -> running.releasedAfterRestart(B, T0.plusSeconds(5)));
    }

    @Test
    void aJobHasALeaseExactlyWhileRunningAndAPayload() {
        assertThrows(IllegalArgumentException.class, () -> new Job(1, JobKind.EXTRACTION, "x", JobState.RUNNING, 1,
                null, null, T0, false, null, T0, null));
        assertThrows(IllegalArgumentException.class, () -> new Job(1, JobKind.EXTRACTION, "x", JobState.QUEUED, 0,
                A, T0, T0, false, null, T0, null));
        assertThrows(IllegalArgumentException.class, () -> Job.queued(JobKind.EXTRACTION, " ", T0));
        assertThrows(IllegalArgumentException.class, () -> Job.queued(JobKind.EXTRACTION, "x".repeat(101), T0));
        Job longError = queued().claim(A, T0, LEASE).fail(A, "e".repeat(5000), T0);
        assertEquals(Job.MAX_ERROR_LENGTH, longError.lastError().length());
    }

    @Test
    void nodeIdsAreShortNames() {
        assertEquals("cqd-1.example:8080", new NodeId("cqd-1.example:8080").value());
        assertThrows(IllegalArgumentException.class, () -> new NodeId(""));
        assertThrows(IllegalArgumentException.class, () -> new NodeId("a b"));
        assertThrows(IllegalArgumentException.class, () -> new NodeId("x".repeat(65)));
    }

    @Test
    void aRecurringJobIsQueuedForItsNextOccurrenceWhenAnAttemptEnds() {
        Job row = Job.recurring(JobKind.DAILY_DIGEST, T0.plusSeconds(3600), T0);
        assertEquals("DAILY_DIGEST:" + Job.RECURRING, row.activeKey(), "one row per kind");
        assertFalse(row.claimableAt(T0), "not before its first occurrence");
        Job running = row.claim(A, T0.plusSeconds(3600), LEASE);
        assertThrows(IllegalStateException.class, () -> running.nextOccurrence(T0), "not while it runs");

        Instant tomorrow = T0.plus(Duration.ofDays(1));
        Job next = running.succeed(A, T0.plusSeconds(3610)).nextOccurrence(tomorrow);
        assertEquals(JobState.QUEUED, next.state());
        assertEquals(tomorrow, next.nextAttemptAt());
        assertEquals(0, next.attempts());
        assertNull(next.lastError());
        assertEquals(row.activeKey(), next.activeKey());
        assertTrue(next.active(), "never DONE: the row stays, so no second one is made");

        Job failed = next.claim(A, tomorrow, LEASE).giveUp(A, "the mail server refused", tomorrow.plusSeconds(5));
        Job afterFailure = failed.nextOccurrence(tomorrow.plus(Duration.ofDays(1)));
        assertEquals(JobState.QUEUED, afterFailure.state());
        assertEquals(0, afterFailure.attempts(), "the next day starts with all its attempts");
        assertEquals("the mail server refused", afterFailure.lastError(), "the failure stays visible until the next run");
    }
}
