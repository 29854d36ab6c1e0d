package com.creditquerydesk.application.register;

import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.ServerSettings;
import com.creditquerydesk.application.DatabaseReady;
import com.creditquerydesk.application.Uploads;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.domain.model.register.ImportJob;
import com.creditquerydesk.domain.model.register.ImportMode;
import com.creditquerydesk.domain.model.register.RegisterRepository;
import com.creditquerydesk.domain.model.register.RegisterVersion;
import com.creditquerydesk.domain.model.register.RejectedRow;
import com.creditquerydesk.domain.shared.BlobStore;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;

/** Register imports as the administrator starts them, audited; demo mode loads the sample register. */
@ApplicationScoped
public class RegisterAdminService {

    private static final Logger LOG = Logger.getLogger(RegisterAdminService.class.getName());

    @Inject
    RegisterImportService imports;

    @Inject
    RegisterImportJobs jobs;

    @Inject
    BlobStore store;

    @Inject
    RegisterRepository register;

    @Inject
    AuditService audit;

    @Inject
    ServerSettings config;

    /**
     * Keeps the uploaded file in the blob store, where every server reads it, then files the import and queues its job
     * (docs/rules.md#R80): it runs on whichever server claims it.
     */
    public long startImport(Actor actor, InputStream content, String fileName, ImportMode mode) throws IOException {
        Path file = Uploads.save(content, config.dataDir().resolve("tmp"), "register-");
        try {
            // The reader is chosen by content: an XLSX is a zip archive ("PK"), anything else is read as CSV.
            byte[] head = new byte[2];
            String sha;
            try (InputStream in = Files.newInputStream(file)) {
                in.readNBytes(head, 0, 2);
            }
            try (InputStream in = Files.newInputStream(file)) {
                sha = store.put(in);
            }
            String name = head[0] == 'P' && head[1] == 'K' ? withExtension(fileName, ".xlsx") : withExtension(fileName, ".csv");
            long id = jobs.queue(actor, sha, name, mode);
            audit.recordAlone(actor, AuditAction.REGISTER_IMPORT_STARTED, null, "导入失信被执行人名单 " + fileName + "（" + mode + "），任务 " + id);
            return id;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    public ImportJob job(long id) {
        return imports.status(id).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "IMPORT_NOT_FOUND",
                "导入任务不存在：" + id, "no such import: " + id));
    }

    public List<RejectedRow> rejectedRows(long id) {
        return imports.rejectedRows(id, 1000);
    }

    public List<RegisterVersion> versions() {
        return register.versions();
    }

    /** Demo mode: the sample register (resources/demo/register-sample.csv) is version 1, so a first screening can hit. */
    void onReady(@Observes DatabaseReady ready) {
        if (!ready.demo() || register.latestVersion().isPresent()) {
            return;
        }
        try (InputStream in = RegisterAdminService.class.getResourceAsStream("/demo/register-sample.csv")) {
            long id = jobs.queue(Actor.system(), store.put(in), "register-sample.csv", ImportMode.SNAPSHOT);
            LOG.info("DEMO MODE: importing the sample register as job " + id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withExtension(String name, String ext) {
        String base = name == null ? "register" : name;
        return base.toLowerCase().endsWith(ext) ? base : base + ext;
    }

}
