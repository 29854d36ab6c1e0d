package com.creditquerydesk.infrastructure.intake;

import com.creditquerydesk.application.intake.FileInspector;
import com.creditquerydesk.application.intake.IntakeService.Upload;
import com.creditquerydesk.application.intake.UnattendedIntake;
import com.creditquerydesk.application.intake.UnattendedIntake.Outcome;
import com.creditquerydesk.application.jobs.RecurringJobHandler;
import com.creditquerydesk.application.jobs.JobLease;
import com.creditquerydesk.domain.model.job.Job;
import com.creditquerydesk.domain.model.job.JobKind;
import com.creditquerydesk.domain.model.job.Recurrence;
import com.creditquerydesk.domain.model.letter.Channel;
import com.creditquerydesk.infrastructure.config.AppConfig;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks at the scanner's folder ({@code CQD_INTAKE_DIR}, docs/rules.md#R60) every {@code CQD_INTAKE_POLL_SECONDS}
 * as a recurring job of the job table (docs/rules.md#R97): of all servers that share the folder, one looks at a time,
 * so no file is taken by two. Complete files are registered as channel SCAN and moved to {@code processed/} or to
 * {@code rejected/} with their reason. A server without the folder configured takes no part.
 */
@ApplicationScoped
public class ScannerFolderJob implements RecurringJobHandler {

    private static final Logger LOG = Logger.getLogger(ScannerFolderJob.class.getName());

    @Resource(lookup = "java:jboss/ee/concurrency/executor/cqd-scheduled")
    ManagedExecutorService executor;

    @Inject
    AppConfig config;

    @Inject
    UnattendedIntake intake;

    /** This server's view of the folder (the sizes it saw at its previous look); one look at a time. */
    private ConsumeFolder folder;

    @Override
    public void run(Job job, JobLease lease) {
        try {
            for (Path file : folder().complete()) {
                take(file);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "could not look at the scanner's folder", e);
        }
    }

    private synchronized ConsumeFolder folder() {
        if (folder == null) {
            Path dir = config.intakeDir().orElseThrow();
            try {
                folder = new ConsumeFolder(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("the scanner's folder " + dir + " cannot be used", e);
            }
        }
        return folder;
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

    @Override
    public JobKind kind() {
        return JobKind.INTAKE_FOLDER;
    }

    @Override
    public Executor executor() {
        return executor;
    }


    @Override
    public Optional<Recurrence> recurrence() {
        return config.intakeDir().map(d -> new Recurrence.Every(config.intakePollInterval()));
    }

    @Override
    public void gaveUp(Job job) {
        LOG.warning(() -> "a look at the scanner's folder failed: " + job.lastError());
    }
}
