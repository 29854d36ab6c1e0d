package com.creditquerydesk.application.register;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.domain.model.register.ImportJob;
import com.creditquerydesk.domain.model.register.ImportJobRepository;
import com.creditquerydesk.domain.model.register.ImportMode;
import com.creditquerydesk.domain.model.register.ImportOutcome;
import com.creditquerydesk.domain.model.register.ImportRequest;
import com.creditquerydesk.domain.model.register.ImportResult;
import com.creditquerydesk.domain.model.register.RegisterFileFormat;
import com.creditquerydesk.domain.model.register.RegisterRepository;
import com.creditquerydesk.domain.model.register.RegisterRowSource;
import com.creditquerydesk.domain.model.register.RejectedRow;
import com.creditquerydesk.domain.shared.DomainException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Files imports of register files, runs them (as jobs of the job table, docs/rules.md#R80) and reports their
 * progress. Container-neutral: give it the repositories, the file formats and the trail the end of each import is
 * recorded in.
 */
public class RegisterImportService {

    private static final Logger LOG = Logger.getLogger(RegisterImportService.class.getName());

    private final RegisterRepository register;
    private final ImportJobRepository jobs;
    private final RegisterFileFormat formats;
    private final ImportTrail trail;

    public RegisterImportService(RegisterRepository register, ImportJobRepository jobs, RegisterFileFormat formats,
                                 ImportTrail trail) {
        this.register = register;
        this.jobs = jobs;
        this.formats = formats;
        this.trail = trail;
    }

    /**
     * Files an import, RUNNING, of a file kept in the blob store; it runs when its job is claimed ({@link #run}).
     *
     * @param actor        who started it: the end of the import is recorded under their name
     * @param originalName the uploaded name; .xlsx selects the spreadsheet reader, anything else CSV
     * @return the job id for {@link #status(long)}
     */
    public long file(Actor actor, String fileSha256, String originalName, ImportMode mode) {
        return jobs.start(originalName, mode, new ImportRequest(fileSha256, actor.username(), actor.ip()));
    }

    /** The kept file and starter of an import. */
    public ImportRequest request(long jobId) {
        return jobs.request(jobId).orElseThrow(() -> new IllegalStateException("import " + jobId + " has no file"));
    }

    /** Runs a filed import from its file, here a copy on this server's disk; its end is recorded, whatever it is. */
    public void run(long jobId, Path file) {
        ImportJob job = jobs.find(jobId).orElseThrow(() -> new IllegalStateException("no import " + jobId));
        run(starter(request(jobId)), jobId, job.mode(), formats.open(file, job.sourceFileName()));
    }

    /**
     * An import whose server stopped while it ran (kill -9, power): FAILED, as its transaction never committed and
     * it left no partial version; the administrator imports the file again (docs/rules.md#R81).
     */
    public void interrupted(long jobId, String reason) {
        ImportJob job = jobs.find(jobId).orElseThrow(() -> new IllegalStateException("no import " + jobId));
        LOG.warning(() -> "register import " + jobId + " interrupted by a stop: " + reason);
        fail(starter(request(jobId)), jobId, "导入任务 " + jobId + "（" + job.sourceFileName() + "）",
                "服务器在导入过程中停止，本次导入未生效，请重新导入",
                "the server stopped while this import was running; nothing of it was kept, import the file again");
    }

    private static Actor starter(ImportRequest request) {
        return new Actor(0, request.startedBy(), request.startedBy(), Set.of(), request.startedFrom());
    }

    public Optional<ImportJob> status(long jobId) {
        return jobs.find(jobId);
    }

    public List<RejectedRow> rejectedRows(long jobId, int limit) {
        return jobs.rejectedRows(jobId, limit);
    }

    private void run(Actor actor, long jobId, ImportMode mode, RegisterRowSource source) {
        AtomicLong rowsRead = new AtomicLong();
        String what = "导入任务 " + jobId + "（" + source.fileName() + "）";
        try {
            ImportResult result = register.importRegister(jobId, mode, source, n -> {
                rowsRead.set(n);
                jobs.progress(jobId, n);
            });
            jobs.done(jobId, result, rowsRead.get());
            int v = result.version().number();
            LOG.info(() -> "register import job " + jobId + " done: " + result.outcome() + " version " + v + " "
                    + result.counts());
            trail.record(actor, result.outcome() == ImportOutcome.UNCHANGED ? AuditAction.REGISTER_IMPORT_UNCHANGED
                    : AuditAction.REGISTER_IMPORTED, what + "：" + result.outcome().messageZh(v) + "；" + counts(result));
        } catch (DomainException e) {
            fail(actor, jobId, what, e.messageZh(), e.messageEn());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "register import job " + jobId + " failed", e);
            fail(actor, jobId, what, "导入失败：" + e.getMessage(), "the import failed: " + e.getMessage());
        }
    }

    private void fail(Actor actor, long jobId, String what, String zh, String en) {
        jobs.failed(jobId, zh, en);
        trail.record(actor, AuditAction.REGISTER_IMPORT_FAILED, what + "：" + zh);
    }

    private static String counts(ImportResult r) {
        var n = r.counts();
        return "新增 " + n.added() + "，未变 " + n.unchanged() + "，更新 " + n.updated() + "，移除 " + n.removed()
                + "，拒收 " + n.rejected();
    }
}
