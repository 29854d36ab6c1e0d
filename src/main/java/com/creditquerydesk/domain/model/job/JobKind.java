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
    REGISTER_IMPORT(new RetryPolicy(1, Duration.ZERO, Duration.ZERO), true);

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
