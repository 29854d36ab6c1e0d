package com.creditquerydesk.application.jobs;

import com.creditquerydesk.domain.model.job.Job;

/** A running job's lease on this server, for its handler to check inside its own transactions (docs/rules.md#R80). */
public interface JobLease {

    Job job();

    /**
     * Locks the job's row in the caller's transaction and checks that this server still holds it; throws
     * {@link LeaseLostException} (rolling the transaction back) when another server has taken it over.
     */
    void confirm();

    /** As {@link #confirm()}, and ends the job DONE in the caller's transaction, so its result and end commit together. */
    void complete();
}
