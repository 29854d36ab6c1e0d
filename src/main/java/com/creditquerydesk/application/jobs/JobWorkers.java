package com.creditquerydesk.application.jobs;

import com.creditquerydesk.application.DatabaseReady;
import com.creditquerydesk.domain.model.job.Job;
import com.creditquerydesk.domain.model.job.JobKind;
import com.creditquerydesk.domain.model.job.JobRepository;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This server's workers on the job table (docs/rules.md#R80, #R81): they claim due jobs up to each handler's
 * concurrency, run them on the handler's executor, renew their leases every third of the lease, and look for
 * work every poll interval, or at once when this server queued a job or finished one.
 */
@ApplicationScoped
public class JobWorkers {

    private static final Logger LOG = Logger.getLogger(JobWorkers.class.getName());

    @Inject
    JobRepository jobs;

    @Inject
    JobQueue queue;

    @Inject
    JobSettings settings;

    @Inject
    Instance<JobHandler> handlers;

    @Inject
    Clock clock;

    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    ManagedScheduledExecutorService scheduler;

    private final Map<JobKind, JobHandler> byKind = new EnumMap<>(JobKind.class);
    private final Map<JobKind, AtomicInteger> busy = new EnumMap<>(JobKind.class);
    private final Map<Long, Job> running = new ConcurrentHashMap<>();
    private final AtomicBoolean polling = new AtomicBoolean();
    private final AtomicBoolean pollAgain = new AtomicBoolean();
    private volatile boolean started;
    private volatile boolean stopped;
    private List<ScheduledFuture<?>> schedules = List.of();

    void onStart(@Observes DatabaseReady ready) {
        for (JobHandler h : handlers) {
            byKind.put(h.kind(), h);
            busy.put(h.kind(), new AtomicInteger());
        }
        for (JobHandler h : handlers) {
            h.recurrence().filter(r -> h.concurrency() > 0).filter(r -> queue.schedule(h, r)).ifPresent(r -> LOG.info(
                    () -> "scheduled work " + h.kind() + " has its row in the job table now"));
        }
        int released = jobs.releaseAfterRestart(settings.node(), clock.instant());
        if (released > 0) {
            LOG.info(() -> released + " job(s) this server (" + settings.node() + ") held before it stopped are claimable again");
        }
        long poll = settings.pollInterval().toMillis();
        long renew = Math.max(1, settings.lease().toMillis() / 3);
        schedules = List.of(scheduler.scheduleWithFixedDelay(this::poll, 0, poll, TimeUnit.MILLISECONDS),
                scheduler.scheduleWithFixedDelay(this::renew, renew, renew, TimeUnit.MILLISECONDS));
        started = true;
        LOG.info(() -> "job workers of node " + settings.node() + " started: lease " + settings.lease() + ", poll "
                + settings.pollInterval() + ", kinds " + byKind.keySet());
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobQueue.JobQueued queued) {
        wake();
    }

    @PreDestroy
    void stop() {
        stopped = true;
        schedules.forEach(s -> s.cancel(false));
    }

    /** Looks for work now (on the scheduler's thread, never the caller's). */
    void wake() {
        if (started && !stopped) {
            scheduler.execute(this::poll);
        }
    }

    /** Looks for work when this server's recurring job comes back, not only at the next poll (docs/rules.md#R97). */
    private void wakeAt(Instant due) {
        long millis = Math.max(0, Duration.between(clock.instant(), due).toMillis());
        if (started && !stopped && millis < settings.pollInterval().toMillis()) {
            scheduler.schedule(this::poll, millis + 50, TimeUnit.MILLISECONDS);
        }
    }

    /** Claims what this server has room for; one poll at a time, and once more when woken meanwhile. */
    void poll() {
        pollAgain.set(true);
        while (!stopped && pollAgain.get() && polling.compareAndSet(false, true)) {
            try {
                pollAgain.set(false);
                for (JobHandler h : byKind.values()) {
                    claimFor(h);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not claim jobs; trying again at the next poll", e);
            } finally {
                polling.set(false);
            }
        }
    }

    private void claimFor(JobHandler handler) {
        AtomicInteger slots = busy.get(handler.kind());
        while (!stopped && slots.get() < handler.concurrency()) {
            Optional<Job> claimed = jobs.claimNext(handler.kind(), settings.node(), clock.instant(), settings.lease());
            if (claimed.isEmpty()) {
                return;
            }
            Job job = claimed.get();
            slots.incrementAndGet();
            running.put(job.id(), job);
            try {
                handler.executor().execute(() -> runOne(handler, job));
            } catch (RuntimeException e) {
                // Not started: its lease expires and it is claimed again.
                running.remove(job.id());
                slots.decrementAndGet();
                throw e;
            }
        }
    }

    private void runOne(JobHandler handler, Job job) {
        try {
            if (job.beyondLimit()) {
                LOG.warning(() -> "job " + job.id() + " (" + job.kind() + " " + job.payload() + ") given up: "
                        + job.lastError());
                queue.abandoned(handler, job);
                return;
            }
            handler.run(job, queue.lease(handler, job));
            queue.succeeded(handler, job);
        } catch (LeaseLostException e) {
            LOG.warning(() -> "job " + job.id() + " (" + job.kind() + " " + job.payload() + ") was taken over by"
                    + " another server; this server's attempt is dropped");
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "job " + job.id() + " (" + job.kind() + " " + job.payload() + ") attempt "
                    + job.attempts() + " failed", e);
            try {
                queue.failed(handler, job, describe(e));
            } catch (RuntimeException again) {
                LOG.log(Level.SEVERE, "could not record the failure of job " + job.id()
                        + "; it is claimed again when its lease expires", again);
            }
        } finally {
            running.remove(job.id());
            busy.get(handler.kind()).decrementAndGet();
            wake();
            handler.recurrence().ifPresent(r -> wakeAt(r.after(clock.instant())));
        }
    }

    private void renew() {
        if (running.isEmpty()) {
            return;
        }
        try {
            Set<Long> held = jobs.renew(running.keySet(), settings.node(), clock.instant(), settings.lease());
            running.keySet().stream().filter(id -> !held.contains(id)).forEach(id -> LOG.warning(() -> "the lease"
                    + " on job " + id + " was lost: its result will not be kept by this server"));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not renew the leases of this server's jobs", e);
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : "：" + e.getMessage();
        return "执行出错（" + e.getClass().getSimpleName() + message + "） / the attempt failed ("
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
    }
}
