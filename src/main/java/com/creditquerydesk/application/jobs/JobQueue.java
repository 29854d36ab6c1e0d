package com.creditquerydesk.application.jobs;

import com.creditquerydesk.domain.model.job.Job;
import com.creditquerydesk.domain.model.job.JobKind;
import com.creditquerydesk.domain.model.job.JobRepository;
import com.creditquerydesk.domain.model.job.JobState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * Queues background jobs and ends their attempts (docs/rules.md#R80, #R81). A job is queued in the transaction that
 * makes it needed, so it exists exactly when that transaction commits; this server's workers look at once after the
 * commit, the other servers at their next poll.
 */
@ApplicationScoped
public class JobQueue {

    /** Fired with every job queued: after the commit, this server's workers claim it without waiting for a poll. */
    public record JobQueued(JobKind kind) {
    }

    @Inject
    JobRepository jobs;

    @Inject
    JobSettings settings;

    @Inject
    Clock clock;

    @Inject
    Event<JobQueued> queued;

    @Transactional
    public void enqueue(JobKind kind, String payload) {
        jobs.enqueue(kind, payload, clock.instant());
        queued.fire(new JobQueued(kind));
    }

    /**
     * The attempt's work is over: DONE. Nothing when the handler ended it already ({@link JobLease#complete()}) or
     * another server took it over: the update applies only to a job this server holds.
     */
    @Transactional
    public void succeeded(Job job) {
        jobs.update(job.id(), settings.node(), j -> j.succeed(settings.node(), clock.instant()));
    }

    /** A failed attempt: queued again after the backoff, or FAILED for good and shown by its handler, in one transaction. */
    @Transactional
    public void failed(JobHandler handler, Job job, String error) {
        jobs.update(job.id(), settings.node(), j -> j.fail(settings.node(), error, clock.instant()))
                .filter(after -> after.state() == JobState.FAILED)
                .ifPresent(handler::gaveUp);
    }

    /** A job claimed only because its server stopped during its last attempt: FAILED for good, not run again. */
    @Transactional
    public void abandoned(JobHandler handler, Job job) {
        jobs.update(job.id(), settings.node(), j -> j.giveUp(settings.node(), j.lastError(), clock.instant()))
                .ifPresent(handler::gaveUp);
    }

    /** The lease of a running job, checked in its handler's transactions. */
    public JobLease lease(Job job) {
        return new JobLease() {
            @Override
            public Job job() {
                return job;
            }

            @Override
            public void confirm() {
                jobs.update(job.id(), settings.node(), j -> j).orElseThrow(() -> new LeaseLostException(job.id()));
            }

            @Override
            public void complete() {
                jobs.update(job.id(), settings.node(), j -> j.succeed(settings.node(), clock.instant()))
                        .orElseThrow(() -> new LeaseLostException(job.id()));
            }
        };
    }
}
