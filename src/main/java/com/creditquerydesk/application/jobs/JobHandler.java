package com.creditquerydesk.application.jobs;

import com.creditquerydesk.domain.model.job.Job;
import com.creditquerydesk.domain.model.job.JobKind;
import com.creditquerydesk.domain.model.job.Recurrence;

import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Runs the jobs of one kind (docs/rules.md#R80). A new kind of background work is a {@link JobKind} constant and
 * a bean implementing this; it is queued with {@link JobQueue#enqueue} in the transaction that makes it needed.
 */
public interface JobHandler {

    JobKind kind();

    /** Where its jobs run (a managed executor of their own, so one kind's backlog never holds up another's). */
    Executor executor();

    /** How many of its jobs this server runs at once; 0 where this server does not take part (e.g. not configured). */
    int concurrency();

    /**
     * For scheduled work (docs/rules.md#R97): when its one row comes back after each attempt. Empty for work queued
     * when something makes it needed.
     */
    default Optional<Recurrence> recurrence() {
        return Optional.empty();
    }

    /**
     * One attempt. It may end the job itself in its last transaction ({@link JobLease#complete()}), else the job is
     * DONE when this returns; an exception is a failed attempt, tried again after the kind's backoff.
     */
    void run(Job job, JobLease lease);

    /** The job is FAILED for good (its last attempt failed, or its server stopped during the last): show why. */
    void gaveUp(Job job);
}
