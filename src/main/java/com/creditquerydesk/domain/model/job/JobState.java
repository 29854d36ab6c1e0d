package com.creditquerydesk.domain.model.job;

/** Where a background job is (docs/rules.md#R80). */
public enum JobState {
    /** Waiting for its next attempt time; any server may claim it then. */
    QUEUED,
    /** Claimed by the server named in its lease, until the lease expires. */
    RUNNING,
    /** Finished. */
    DONE,
    /** Given up after its last attempt, with the reason. */
    FAILED
}
