package com.creditquerydesk.application.jobs;

import com.creditquerydesk.domain.model.job.Job;
import com.creditquerydesk.domain.model.job.JobKind;
import com.creditquerydesk.domain.model.job.JobRepository;
import com.creditquerydesk.domain.model.job.JobState;
import com.creditquerydesk.domain.model.job.Recurrence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

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
     * Makes a recurring handler's row (docs/rules.md#R97) unless a server made it already; due at its first
     * occurrence.
     */
    public boolean schedule(JobHandler handler, Recurrence recurrence) {
        Instant now = clock.instant();
        return jobs.schedule(Job.recurring(handler.kind(), recurrence.first(now), now));
    }

    /**
     * The attempt's work is over: DONE (or, recurring, queued for its next occurrence). Nothing when the handler ended
     * it already ({@link JobLease#complete()}) or another server took it over: the update applies only to a job this
     * server holds.
     */
    @Transactional
    public void succeeded(JobHandler handler, Job job) {
        end(handler, job, j -> j.succeed(settings.node(), clock.instant()));
    }

    /** A failed attempt: queued again after the backoff, or FAILED for good and shown by its handler, in one transaction. */
    @Transactional
    public void failed(JobHandler handler, Job job, String error) {
        end(handler, job, j -> j.fail(settings.node(), error, clock.instant()));
    }

    /** A job claimed only because its server stopped during its last attempt: FAILED for good, not run again. */
    @Transactional
    public void abandoned(JobHandler handler, Job job) {
        end(handler, job, j -> j.giveUp(settings.node(), j.lastError(), clock.instant()));
    }

    /**
     * Applies the end of an attempt to the job while this server holds it; a job FAILED for good is shown by its
     * handler, and a recurring one is queued for its next occurrence in the same update (docs/rules.md#R97).
     */
    private Optional<Job> end(JobHandler handler, Job job, UnaryOperator<Job> ending) {
        Job[] ended = new Job[1];
        Optional<Job> after = jobs.update(job.id(), settings.node(), j -> {
            ended[0] = ending.apply(j);
            return handler.recurrence().filter(r -> !ended[0].active())
                    .map(r -> ended[0].nextOccurrence(r.after(clock.instant()))).orElse(ended[0]);
        });
        if (after.isPresent() && ended[0].state() == JobState.FAILED) {
            handler.gaveUp(ended[0]);
        }
        return after;
    }

    /** The lease of a running job, checked in its handler's transactions. */
    public JobLease lease(JobHandler handler, Job job) {
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
                end(handler, job, j -> j.succeed(settings.node(), clock.instant()))
                        .orElseThrow(() -> new LeaseLostException(job.id()));
            }
        };
    }
}
