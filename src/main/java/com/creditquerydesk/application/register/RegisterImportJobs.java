package com.creditquerydesk.application.register;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.ServerSettings;
import com.creditquerydesk.application.jobs.JobHandler;
import com.creditquerydesk.application.jobs.JobLease;
import com.creditquerydesk.application.jobs.JobQueue;
import com.creditquerydesk.domain.model.job.Job;
import com.creditquerydesk.domain.model.job.JobKind;
import com.creditquerydesk.domain.model.register.ImportMode;
import com.creditquerydesk.domain.shared.BlobStore;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Executor;

/**
 * Register imports as jobs of the job table (docs/rules.md#R80, #R81): filed and queued in one transaction, run by
 * whichever server claims them, one at a time over all servers, from the file kept in the blob store.
 */
@ApplicationScoped
public class RegisterImportJobs implements JobHandler {

    /** One thread (configure-server.cli), so a backlog of scans being read never holds an import up. */
    @Resource(lookup = "java:jboss/ee/concurrency/executor/cqd-imports")
    ManagedExecutorService executor;

    @Inject
    RegisterImportService imports;

    @Inject
    JobQueue queue;

    @Inject
    BlobStore store;

    @Inject
    ServerSettings settings;

    /** Files the import of a file already in the blob store and queues its job, committed together. */
    @Transactional
    public long queue(Actor actor, String fileSha256, String fileName, ImportMode mode) {
        long id = imports.file(actor, fileSha256, fileName, mode);
        queue.enqueue(JobKind.REGISTER_IMPORT, Long.toString(id));
        return id;
    }

    @Override
    public JobKind kind() {
        return JobKind.REGISTER_IMPORT;
    }

    @Override
    public Executor executor() {
        return executor;
    }

    @Override
    public int concurrency() {
        return 1;
    }

    /** Reads the kept file through a plain copy on this server's disk (an XLSX needs random access), deleted after. */
    @Override
    public void run(Job job, JobLease lease) {
        long id = Long.parseLong(job.payload());
        try {
            Path dir = settings.dataDir().resolve("tmp");
            Files.createDirectories(dir);
            Path file = Files.createTempFile(dir, "register-", ".import");
            try {
                try (InputStream in = store.open(imports.request(id).fileSha256())) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                imports.run(id, file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the file of register import " + id, e);
        }
    }

    @Override
    public void gaveUp(Job job) {
        imports.interrupted(Long.parseLong(job.payload()), job.lastError());
    }
}
