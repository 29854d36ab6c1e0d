package com.creditquerydesk.application.jobs;

import com.creditquerydesk.domain.model.job.Recurrence;

import java.util.Optional;

/**
 * Scheduled work (docs/rules.md#R97): its one row runs one attempt at a time, on a server where the work is configured
 * (a recurrence) and on no other.
 */
public interface RecurringJobHandler extends JobHandler {

    /** When the row comes back after each attempt; empty where this server has the work not configured. */
    @Override
    Optional<Recurrence> recurrence();

    @Override
    default int concurrency() {
        return recurrence().isPresent() ? 1 : 0;
    }
}
