package com.creditquerydesk.application.notice;

import com.creditquerydesk.application.ServerSettings;
import com.creditquerydesk.application.jobs.RecurringJobHandler;
import com.creditquerydesk.application.jobs.JobLease;
import com.creditquerydesk.application.jobs.JobSettings;
import com.creditquerydesk.domain.model.job.Job;
import com.creditquerydesk.domain.model.job.JobKind;
import com.creditquerydesk.domain.model.job.Recurrence;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.logging.Logger;

/**
 * The daily digest as a recurring job of the job table (docs/rules.md#R84, #R97): due at CQD_DIGEST_TIME in the
 * centre's zone, run by whichever server claims it. The digest's own claim of the day still guards against a second
 * sending when a server stops between the digest's commit and the job's.
 */
@ApplicationScoped
public class DigestJob implements RecurringJobHandler {

    private static final Logger LOG = Logger.getLogger(DigestJob.class.getName());

    @Resource(lookup = "java:jboss/ee/concurrency/executor/cqd-scheduled")
    ManagedExecutorService executor;

    @Inject
    DailyDigest digest;

    @Inject
    ServerSettings settings;

    @Inject
    JobSettings jobs;

    @Override
    public void run(Job job, JobLease lease) {
        DailyDigest.Run run = digest.run(jobs.node().value());
        if (run.sent()) {
            LOG.info(() -> "daily digest: " + run.people() + " people reminded, " + run.notices() + " notices");
        }
    }

    @Override
    public JobKind kind() {
        return JobKind.DAILY_DIGEST;
    }

    @Override
    public Executor executor() {
        return executor;
    }


    @Override
    public Optional<Recurrence> recurrence() {
        return Optional.of(new Recurrence.DailyAt(settings.digestTime(), settings.zone()));
    }

    @Override
    public void gaveUp(Job job) {
        LOG.severe(() -> "the daily digest could not be sent today: " + job.lastError());
    }
}
