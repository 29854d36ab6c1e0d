package com.creditquerydesk.domain.model.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One background job as the job table keeps it, and the rules of its lease (docs/rules.md#R80, #R81): a server
 * claims a job that is due, holds it while its lease lasts and renews the lease while it works; a job whose lease
 * expired is claimed by any server; a failed attempt is tried again after a backoff until the kind's limit.
 *
 * @param payload        what the job works on, e.g. the letter's id
 * @param leaseOwner     the server holding it (RUNNING), else null
 * @param leaseExpiresAt when its lease ends (RUNNING), else null
 * @param nextAttemptAt  when it may next be claimed (QUEUED)
 * @param rerun          asked for again while RUNNING: it is queued once more when this attempt ends
 * @param lastError      why the last attempt failed, or whose lease expired; null when none did
 */
public record Job(long id, JobKind kind, String payload, JobState state, int attempts, NodeId leaseOwner,
                  Instant leaseExpiresAt, Instant nextAttemptAt, boolean rerun, String lastError, Instant createdAt,
                  Instant finishedAt) {

    public static final int MAX_ERROR_LENGTH = 1000;

    /** The payload of a recurring job's one row. */
    public static final String RECURRING = "recurring";

    public Job {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(createdAt, "createdAt");
        if (payload.isBlank() || payload.length() > 100) {
            throw new IllegalArgumentException("a job's payload is 1 to 100 characters");
        }
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts cannot be negative");
        }
        if ((state == JobState.RUNNING) != (leaseOwner != null && leaseExpiresAt != null)) {
            throw new IllegalArgumentException("a job has a lease exactly while it is RUNNING");
        }
        if (lastError != null && lastError.length() > MAX_ERROR_LENGTH) {
            lastError = lastError.substring(0, MAX_ERROR_LENGTH);
        }
    }

    /** A new job, due now. */
    public static Job queued(JobKind kind, String payload, Instant now) {
        return new Job(0, kind, payload, JobState.QUEUED, 0, null, null, now, false, null, now, null);
    }

    /**
     * A recurring job's row (docs/rules.md#R97), first due at {@code at}; there is one per kind, its payload this
     * constant.
     */
    public static Job recurring(JobKind kind, Instant at, Instant now) {
        return new Job(0, kind, RECURRING, JobState.QUEUED, 0, null, null, at, false, null, now, null);
    }

    /**
     * A recurring job whose attempt ended (DONE, or FAILED after its retries): queued for its next occurrence with
     * its attempts counted from zero; a failure's reason stays on the row until the next attempt ends.
     */
    public Job nextOccurrence(Instant at) {
        if (active()) {
            throw new IllegalStateException("job " + id + " has not ended: it has no next occurrence yet");
        }
        return new Job(id, kind, payload, JobState.QUEUED, 0, null, null, at, false,
                state == JobState.FAILED ? lastError : null, createdAt, null);
    }

    /** The key that is unique among QUEUED and RUNNING jobs: one job per kind and payload at a time. */
    public String activeKey() {
        return kind.name() + ":" + payload;
    }

    public boolean active() {
        return state == JobState.QUEUED || state == JobState.RUNNING;
    }

    /** Whether a server may claim it now: due, or running under a lease that has expired. */
    public boolean claimableAt(Instant now) {
        return state == JobState.QUEUED && !nextAttemptAt.isAfter(now) || leaseExpiredAt(now);
    }

    public boolean leaseExpiredAt(Instant now) {
        return state == JobState.RUNNING && !leaseExpiresAt.isAfter(now);
    }

    /**
     * The job claimed by {@code node} for its next attempt. Taking over an expired lease counts the lost attempt:
     * its error names the server that held it.
     */
    public Job claim(NodeId node, Instant now, Duration lease) {
        if (!claimableAt(now)) {
            throw new IllegalStateException("job " + id + " is not claimable now");
        }
        String error = state == JobState.RUNNING
                ? "服务器 " + leaseOwner + " 在第 " + attempts + " 次执行中停止响应（租约于 " + leaseExpiresAt + " 到期） / server "
                + leaseOwner + " stopped answering during attempt " + attempts + " (lease expired " + leaseExpiresAt + ")"
                : lastError;
        return new Job(id, kind, payload, JobState.RUNNING, attempts + 1, node, now.plus(lease), nextAttemptAt, rerun,
                error, createdAt, null);
    }

    /**
     * Whether this claimed attempt is beyond the kind's limit: it was claimed only because its last server stopped,
     * and is to be given up, not run.
     */
    public boolean beyondLimit() {
        return attempts > kind.retry().maxAttempts();
    }

    public boolean heldBy(NodeId node) {
        return state == JobState.RUNNING && leaseOwner.equals(node);
    }

    /** The lease extended by its holder (also after it expired, as long as no other server took the job over). */
    public Job renew(NodeId node, Instant now, Duration lease) {
        requireHeldBy(node);
        return new Job(id, kind, payload, state, attempts, node, now.plus(lease), nextAttemptAt, rerun, lastError,
                createdAt, null);
    }

    /** Asked for again: queued now when it is finished, run once more after the current attempt when it runs. */
    public Job askedAgain(Instant now) {
        return switch (state) {
            case QUEUED -> this;
            case RUNNING -> new Job(id, kind, payload, state, attempts, leaseOwner, leaseExpiresAt, nextAttemptAt, true,
                    lastError, createdAt, null);
            case DONE, FAILED -> throw new IllegalStateException("a finished job is not asked again: a new one is queued");
        };
    }

    /** The attempt succeeded: DONE, or queued once more when it was asked again meanwhile. */
    public Job succeed(NodeId node, Instant now) {
        requireHeldBy(node);
        if (rerun) {
            return new Job(id, kind, payload, JobState.QUEUED, 0, null, null, now, false, null, createdAt, null);
        }
        return new Job(id, kind, payload, JobState.DONE, attempts, null, null, nextAttemptAt, false, lastError,
                createdAt, now);
    }

    /**
     * The attempt failed: queued again after the backoff while attempts remain, else FAILED with the reason. A job
     * asked again meanwhile starts over with its attempts counted from zero.
     */
    public Job fail(NodeId node, String error, Instant now) {
        requireHeldBy(node);
        if (rerun) {
            return new Job(id, kind, payload, JobState.QUEUED, 0, null, null, now, false, error, createdAt, null);
        }
        if (kind.retry().allowsAnotherAfter(attempts)) {
            return new Job(id, kind, payload, JobState.QUEUED, attempts, null, null,
                    kind.retry().nextAttemptAfter(attempts, now), false, error, createdAt, null);
        }
        return giveUp(node, error, now);
    }

    /** FAILED with the reason, whatever attempts remain (e.g. the attempt beyond the limit, or a job past retrying). */
    public Job giveUp(NodeId node, String error, Instant now) {
        requireHeldBy(node);
        return new Job(id, kind, payload, JobState.FAILED, attempts, null, null, nextAttemptAt, false, error,
                createdAt, now);
    }

    /** At a server's start: the leases its earlier run held end now, so its jobs are claimable at once. */
    public Job releasedAfterRestart(NodeId node, Instant now) {
        requireHeldBy(node);
        return new Job(id, kind, payload, state, attempts, node, now, nextAttemptAt, rerun, lastError, createdAt, null);
    }

    private void requireHeldBy(NodeId node) {
        if (!heldBy(node)) {
            throw new IllegalStateException("job " + id + " is not held by " + node);
        }
    }
}
