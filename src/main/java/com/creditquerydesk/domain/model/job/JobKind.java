package com.creditquerydesk.domain.model.job;

import java.time.Duration;

/**
 * The kinds of background job and how each is retried (docs/rules.md#R81). A new kind is a constant here and a
 * handler for it (application/jobs/JobHandler).
 */
public enum JobKind {

    /** Reading one letter (payload: the letter's id); one letter is read by one server at a time. */
    EXTRACTION(new RetryPolicy(3, Duration.ofSeconds(30), Duration.ofMinutes(10)), false),

    /**
     * One register import (payload: the import's id). Imports run one after another over every server (two would
     * race for the next version number) and are not repeated: an import cut off by a stop is reported FAILED, as
     * its transaction never committed, and the administrator imports the file again.
     */
    REGISTER_IMPORT(new RetryPolicy(1, Duration.ZERO, Duration.ZERO), true),

    /**
     * The daily digest (docs/rules.md#R84, #R97), a recurring job: once a working day on one server; a failed attempt
     * is tried again a few times the same day.
     */
    DAILY_DIGEST(new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(10)), false),

    /** Removing blobs no row points to once their grace period is over (docs/rules.md#R96), a recurring job, daily. */
    BLOB_SWEEP(new RetryPolicy(3, Duration.ofMinutes(5), Duration.ofMinutes(30)), false),

    /**
     * One look at the scanner's folder (docs/rules.md#R60, #R97), a recurring job: a failed look is not repeated, the
     * next one comes after the poll interval.
     */
    INTAKE_FOLDER(new RetryPolicy(1, Duration.ZERO, Duration.ZERO), false),

    /** One look at the letters' mailbox (docs/rules.md#R62, #R97), a recurring job like the folder's. */
    MAILBOX(new RetryPolicy(1, Duration.ZERO, Duration.ZERO), false);

    private final RetryPolicy retry;
    private final boolean oneAtATime;

    JobKind(RetryPolicy retry, boolean oneAtATime) {
        this.retry = retry;
        this.oneAtATime = oneAtATime;
    }

    public RetryPolicy retry() {
        return retry;
    }

    /** Whether at most one job of this kind runs at a time over all servers, in the order they were queued. */
    public boolean oneAtATime() {
        return oneAtATime;
    }
}
