package com.creditquerydesk.infrastructure.startup;

import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.infrastructure.config.AppConfig;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Signs a checkpoint of the audit head every {@code CQD_AUDIT_CHECKPOINT_MINUTES} (60 by default) when the head has
 * moved since the last one: at least daily, as docs/rules.md#R31 asks, and at most that long a stretch of the trail
 * that only the database vouches for.
 */
@ApplicationScoped
public class CheckpointSchedule {

    private static final Logger LOG = Logger.getLogger(CheckpointSchedule.class.getName());

    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    ManagedScheduledExecutorService scheduler;

    @Inject
    AuditService audit;

    @Inject
    AppConfig config;

    private ScheduledFuture<?> task;

    void start() {
        long minutes = config.checkpointInterval().toMinutes();
        if (minutes < 1 || minutes > 24 * 60) {
            throw new IllegalStateException("CQD_AUDIT_CHECKPOINT_MINUTES is 1 to 1440: a checkpoint at least daily "
                    + "(docs/rules.md#R31), got " + minutes);
        }
        task = scheduler.scheduleWithFixedDelay(this::run, minutes, minutes, TimeUnit.MINUTES);
    }

    private void run() {
        try {
            audit.checkpointIfMoved();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "could not sign the audit checkpoint", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
