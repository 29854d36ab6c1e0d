package com.creditquerydesk.infrastructure.intake;

import com.creditquerydesk.application.intake.UnattendedIntake;
import com.creditquerydesk.application.jobs.RecurringJobHandler;
import com.creditquerydesk.application.jobs.JobLease;
import com.creditquerydesk.domain.model.job.Job;
import com.creditquerydesk.domain.model.job.JobKind;
import com.creditquerydesk.domain.model.job.Recurrence;
import com.creditquerydesk.infrastructure.config.AppConfig;
import com.creditquerydesk.infrastructure.mail.Mailbox;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the letters' mailbox ({@code CQD_MAIL_HOST} every {@code CQD_MAIL_POLL_SECONDS}, docs/rules.md#R62) as a
 * recurring job of the job table (docs/rules.md#R97): one server reads it at a time, so no message is taken by two.
 * A mailbox that cannot be reached is logged when it stops answering and when it answers again. A server without a
 * mailbox configured takes no part.
 */
@ApplicationScoped
public class MailboxJob implements RecurringJobHandler {

    private static final Logger LOG = Logger.getLogger(MailboxJob.class.getName());

    @Resource(lookup = "java:jboss/ee/concurrency/executor/cqd-scheduled")
    ManagedExecutorService executor;

    @Inject
    AppConfig config;

    @Inject
    UnattendedIntake intake;

    private Mailbox mailbox;

    /** Why the mailbox last could not be read on this server (null while it answers): each new reason is logged once. */
    private String failure;

    @Override
    public synchronized void run(Job job, JobLease lease) {
        if (mailbox == null) {
            mailbox = new Mailbox(config.mailbox().orElseThrow(), config.uploadLimits().maxBytes());
        }
        try {
            int read = mailbox.readUnread(intake);
            if (failure != null) {
                LOG.info("the mailbox answers again");
                failure = null;
            }
            if (read > 0) {
                LOG.info(() -> read + " unread message(s) taken from the mailbox");
            }
        } catch (MessagingException | RuntimeException e) {
            String why = e.getClass().getName() + ": " + e.getMessage();
            if (!why.equals(failure)) {
                LOG.log(Level.WARNING, "could not read the mailbox (logged again when the reason changes)", e);
                failure = why;
            }
        }
    }

    @Override
    public JobKind kind() {
        return JobKind.MAILBOX;
    }

    @Override
    public Executor executor() {
        return executor;
    }


    @Override
    public Optional<Recurrence> recurrence() {
        return config.mailbox().map(m -> new Recurrence.Every(m.pollInterval()));
    }

    @Override
    public void gaveUp(Job job) {
        LOG.warning(() -> "a look at the mailbox failed: " + job.lastError());
    }
}
