package com.creditquerydesk.application.register;

import com.creditquerydesk.domain.model.register.ImportJob;
import com.creditquerydesk.domain.model.register.ImportJobRepository;
import com.creditquerydesk.domain.model.register.ImportMode;
import com.creditquerydesk.domain.model.register.RegisterFileFormat;
import com.creditquerydesk.domain.model.register.RegisterRepository;
import com.creditquerydesk.domain.model.register.RegisterRowSource;
import com.creditquerydesk.domain.model.register.RegisterVersion;
import com.creditquerydesk.domain.model.register.RejectedRow;
import com.creditquerydesk.domain.shared.DomainException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts imports of register files in the background and reports their progress. Container-neutral:
 * give it the repositories, the file formats and an Executor (a ManagedExecutorService inside WildFly).
 */
public class RegisterImportService {

    private static final Logger LOG = Logger.getLogger(RegisterImportService.class.getName());

    private final RegisterRepository register;
    private final ImportJobRepository jobs;
    private final RegisterFileFormat formats;
    private final Executor executor;

    public RegisterImportService(RegisterRepository register, ImportJobRepository jobs, RegisterFileFormat formats,
                                 Executor executor) {
        this.register = register;
        this.jobs = jobs;
        this.formats = formats;
        this.executor = executor;
    }

    /**
     * Files a job and runs the import on the executor. The file is read in place (not deleted).
     *
     * @param originalName the uploaded name; .xlsx selects the spreadsheet reader, anything else CSV
     * @return the job id for {@link #status(long)}
     */
    public long startImport(Path file, String originalName, ImportMode mode) {
        RegisterRowSource source = formats.open(file, originalName);
        long jobId = jobs.start(originalName, mode);
        executor.execute(() -> run(jobId, mode, source));
        return jobId;
    }

    /**
     * Marks every import still RUNNING as FAILED: called at start-up, when no import can be running, so these
     * were cut off by a stop. An import commits its version in one transaction, so none left a partial version.
     *
     * @return how many were marked
     */
    public int failInterrupted() {
        int n = jobs.failRunning("服务器在导入过程中停止，本次导入未生效，请重新导入",
                "the server stopped while this import was running; nothing of it was kept, import the file again");
        if (n > 0) {
            LOG.warning(() -> n + " register import(s) interrupted by a stop marked FAILED");
        }
        return n;
    }

    public Optional<ImportJob> status(long jobId) {
        return jobs.find(jobId);
    }

    public List<RejectedRow> rejectedRows(long jobId, int limit) {
        return jobs.rejectedRows(jobId, limit);
    }

    private void run(long jobId, ImportMode mode, RegisterRowSource source) {
        AtomicLong rowsRead = new AtomicLong();
        try {
            RegisterVersion v = register.importRegister(jobId, mode, source, n -> {
                rowsRead.set(n);
                jobs.progress(jobId, n);
            });
            jobs.done(jobId, v, rowsRead.get());
            LOG.info(() -> "register import job " + jobId + " done: version " + v.number() + " " + v.counts());
        } catch (DomainException e) {
            jobs.failed(jobId, e.messageZh(), e.messageEn());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "register import job " + jobId + " failed", e);
            jobs.failed(jobId, "导入失败：" + e.getMessage(), "the import failed: " + e.getMessage());
        }
    }
}
