package com.creditquerydesk.infrastructure.startup;

import com.creditquerydesk.application.jobs.JobSettings;
import com.creditquerydesk.application.notice.DailyDigest;
import com.creditquerydesk.infrastructure.config.AppConfig;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the daily digest at CQD_DIGEST_TIME (08:30 by default) in the centre's zone (docs/rules.md#R84). Every server
 * runs this timer; the digest's claim in the database lets one of them send it.
 */
@ApplicationScoped
public class DigestSchedule {

    private static final Logger LOG = Logger.getLogger(DigestSchedule.class.getName());

    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    ManagedScheduledExecutorService scheduler;

    @Inject
    DailyDigest digest;

    @Inject
    AppConfig config;

    @Inject
    Clock clock;

    @Inject
    JobSettings jobs;

    private volatile ScheduledFuture<?> next;

    void start() {
        config.digestTime();
        scheduleNext();
    }

    /** The time until the next digest: today's if it is still ahead, else tomorrow's. */
    static Duration untilNext(ZonedDateTime now, LocalTime at) {
        ZonedDateTime today = now.with(at);
        return Duration.between(now, today.isAfter(now) ? today : today.plusDays(1));
    }

    private void scheduleNext() {
        ZoneId zone = config.zone();
        long millis = untilNext(ZonedDateTime.now(clock.withZone(zone)), config.digestTime()).toMillis();
        next = scheduler.schedule(this::run, millis, TimeUnit.MILLISECONDS);
    }

    private void run() {
        try {
            DailyDigest.Run run = digest.run(jobs.node().value());
            if (run.sent()) {
                LOG.info(() -> "daily digest: " + run.people() + " people reminded, " + run.notices() + " notices");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "could not send the daily digest", e);
        } finally {
            scheduleNext();
        }
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> n = next;
        if (n != null) {
            n.cancel(false);
        }
    }
}
