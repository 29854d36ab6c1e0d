package com.creditquerydesk.infrastructure.intake;

import com.creditquerydesk.application.DatabaseReady;
import com.creditquerydesk.application.intake.FileInspector;
import com.creditquerydesk.application.intake.IntakeService.Upload;
import com.creditquerydesk.application.intake.UnattendedIntake;
import com.creditquerydesk.application.intake.UnattendedIntake.Outcome;
import com.creditquerydesk.domain.model.letter.Channel;
import com.creditquerydesk.infrastructure.config.AppConfig;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Watches the scanner's folder ({@code CQD_INTAKE_DIR}, docs/rules.md#R60) on the server's managed scheduler: every
 * {@code CQD_INTAKE_POLL_SECONDS} each complete file is registered as a letter of channel SCAN and moved to
 * {@code processed/}, or to {@code rejected/} with its reason. A file the server is too busy to check stays for
 * the next look. Without the setting nothing is watched.
 */
@ApplicationScoped
public class ScannerFolderWatch {

    private static final Logger LOG = Logger.getLogger(ScannerFolderWatch.class.getName());

    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    ManagedScheduledExecutorService scheduler;

    @Inject
    AppConfig config;

    @Inject
    UnattendedIntake intake;

    private ConsumeFolder folder;

    private ScheduledFuture<?> task;

    /** Starts once the schema is current (after migration), so the first look can register. */
    void onStart(@Observes DatabaseReady ready) {
        Path dir = config.intakeDir().orElse(null);
        if (dir == null) {
            return;
        }
        long seconds = config.intakePollInterval().toSeconds();
        if (seconds < 1) {
            throw new IllegalStateException("CQD_INTAKE_POLL_SECONDS is at least 1, got " + seconds);
        }
        try {
            folder = new ConsumeFolder(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("the scanner's folder " + dir + " cannot be used", e);
        }
        task = scheduler.scheduleWithFixedDelay(this::look, seconds, seconds, TimeUnit.SECONDS);
        LOG.info(() -> "watching the scanner's folder " + dir + " every " + seconds + " s");
    }

    private void look() {
        try {
            for (Path file : folder.complete()) {
                take(file);
            }
        } catch (IOException | RuntimeException e) {
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

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
