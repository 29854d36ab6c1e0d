package com.creditquerydesk.infrastructure.intake;

import com.creditquerydesk.application.DatabaseReady;
import com.creditquerydesk.application.intake.FileInspector;
import com.creditquerydesk.application.intake.IntakeService.Upload;
import com.creditquerydesk.application.intake.UnattendedIntake;
import com.creditquerydesk.application.intake.UnattendedIntake.Outcome;
import com.creditquerydesk.domain.model.letter.Channel;
import com.creditquerydesk.infrastructure.config.AppConfig;
import com.creditquerydesk.infrastructure.config.MailboxSettings;
import com.creditquerydesk.infrastructure.mail.Mailbox;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks, on the server's managed scheduler, at where letters arrive without a clerk: the scanner's folder
 * ({@code CQD_INTAKE_DIR} every {@code CQD_INTAKE_POLL_SECONDS}, docs/rules.md#R60), whose complete files are
 * registered as channel SCAN and moved to {@code processed/} or to {@code rejected/} with their reason, and the
 * mailbox ({@code CQD_MAIL_HOST} every {@code CQD_MAIL_POLL_SECONDS}, docs/rules.md#R62). What is not configured is
 * not looked at. A mailbox that cannot be reached is logged when it stops answering and when it answers again.
 */
@ApplicationScoped
public class ArrivalWatch {

    private static final Logger LOG = Logger.getLogger(ArrivalWatch.class.getName());

    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    ManagedScheduledExecutorService scheduler;

    @Inject
    AppConfig config;

    @Inject
    UnattendedIntake intake;

    private ConsumeFolder folder;

    private Mailbox mailbox;

    /** Why the mailbox last could not be read (null while it answers): each new reason is logged once. */
    private String mailboxFailure;

    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

    /** Starts once the schema is current (after migration), so the first look can register. */
    void onStart(@Observes DatabaseReady ready) {
        config.intakeDir().ifPresent(this::watchFolder);
        config.mailbox().ifPresent(this::watchMailbox);
    }

    private void watchFolder(Path dir) {
        long seconds = config.intakePollInterval().toSeconds();
        if (seconds < 1) {
            throw new IllegalStateException("CQD_INTAKE_POLL_SECONDS is at least 1, got " + seconds);
        }
        try {
            folder = new ConsumeFolder(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("the scanner's folder " + dir + " cannot be used", e);
        }
        tasks.add(scheduler.scheduleWithFixedDelay(this::lookAtFolder, seconds, seconds, TimeUnit.SECONDS));
        LOG.info(() -> "watching the scanner's folder " + dir + " every " + seconds + " s");
    }

    private void watchMailbox(MailboxSettings settings) {
        mailbox = new Mailbox(settings, config.uploadLimits().maxBytes());
        long seconds = settings.pollInterval().toSeconds();
        tasks.add(scheduler.scheduleWithFixedDelay(this::lookAtMailbox, seconds, seconds, TimeUnit.SECONDS));
        LOG.info(() -> "reading the mailbox " + settings + " every " + seconds + " s");
    }

    private void lookAtFolder() {
        try {
            for (Path file : folder.complete()) {
                take(file);
            }
        } catch (IOException | RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "could not look at the scanner's folder", e);
        }
    }

    private void take(Path file) throws IOException {
        String name = file.getFileName().toString();
        String source = "扫描文件夹：" + name;
        long size = Files.size(file);
        long max = config.uploadLimits().maxBytes();
        Outcome outcome = size > max ? intake.refused(Channel.SCAN, source, FileInspector.tooLarge(size, max))
                : intake.register(new Upload(Files.readAllBytes(file), name), List.of(), Channel.SCAN, source);
        switch (outcome.result()) {
            case REGISTERED, ALREADY_REGISTERED -> {
                Path moved = folder.processed(file);
                LOG.info(() -> name + " → " + outcome.receiptNumber() + " (" + outcome.result() + "), moved to " + moved);
            }
            case REFUSED -> {
                Path moved = folder.rejected(file, outcome.reasonZh(), outcome.reasonEn());
                LOG.info(() -> name + " refused, moved to " + moved + ": " + outcome.reasonEn());
            }
            case LATER -> LOG.info(() -> name + " left for the next look: " + outcome.reasonEn());
        }
    }

    private void lookAtMailbox() {
        try {
            int read = mailbox.readUnread(intake);
            if (mailboxFailure != null) {
                LOG.info("the mailbox answers again");
                mailboxFailure = null;
            }
            if (read > 0) {
                LOG.info(() -> read + " unread message(s) taken from the mailbox");
            }
        } catch (MessagingException | RuntimeException | Error e) {
            // Caught whatever it is: a throwable out of a periodic task ends its schedule without a word.
            String why = e.getClass().getName() + ": " + e.getMessage();
            if (!why.equals(mailboxFailure)) {
                LOG.log(Level.WARNING, "could not read the mailbox (logged again when the reason changes)", e);
                mailboxFailure = why;
            }
        }
    }

    @PreDestroy
    void stop() {
        tasks.forEach(t -> t.cancel(false));
    }
}
