package com.creditquerydesk.application.extraction;

import com.creditquerydesk.domain.model.extraction.ExtractionRepository.LetterReading;
import com.creditquerydesk.domain.model.extraction.LetterWithAttachments;
import com.creditquerydesk.domain.model.letter.StoredFile;
import java.util.ArrayList;
import java.util.List;
import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.ServerSettings;
import com.creditquerydesk.application.jobs.JobHandler;
import com.creditquerydesk.application.jobs.JobLease;
import com.creditquerydesk.application.jobs.JobQueue;
import com.creditquerydesk.domain.model.job.Job;
import com.creditquerydesk.domain.model.job.JobKind;
import com.creditquerydesk.application.intake.IntakeService.FileAdded;
import com.creditquerydesk.application.intake.IntakeService.LetterRegistered;
import com.creditquerydesk.domain.model.extraction.LetterFileReader;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.shared.BlobStore;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.InfrastructureException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads every registered letter in the background: RECEIVED → EXTRACTING → EXTRACTED, or FAILED with a
 * reason (a clerk then enters the data by hand). Each reading is a job in the job table (docs/rules.md#R80, #R81),
 * queued in the transaction that registers the letter, adds a file or asks for a retry: any server claims it, one
 * at a time per letter, and a letter its server stopped reading is taken over once that server's lease expires.
 */
@ApplicationScoped
public class ExtractionService implements JobHandler {

    private static final Logger LOG = Logger.getLogger(ExtractionService.class.getName());

    /** The reading executor (CQD_EXTRACTION_CONCURRENCY threads: OCR is CPU-bound, and web requests must still be answered). */
    @Resource(lookup = "java:jboss/ee/concurrency/executor/cqd-reading")
    ManagedExecutorService executor;

    @Inject
    JobQueue queue;

    @Inject
    ServerSettings settings;

    @Inject
    ExtractionSteps steps;

    @Inject
    BlobStore store;

    @Inject
    LetterFileReader reader;

    /** Queued in the registering transaction (docs/rules.md#R80). */
    void onRegistered(@Observes LetterRegistered registered) {
        queue.enqueue(JobKind.EXTRACTION, registered.letterId());
    }

    /** A file added before confirmation: the letter is read again from all its files (docs/rules.md#R61). */
    void onFileAdded(@Observes FileAdded added) {
        queue.enqueue(JobKind.EXTRACTION, added.letterId());
    }

    /** Reads a FAILED letter again; the job is queued with the retry. */
    public IncomingLetter retry(Actor actor, String letterId) {
        return steps.retry(actor, letterId);
    }

    @Override
    public JobKind kind() {
        return JobKind.EXTRACTION;
    }

    @Override
    public Executor executor() {
        return executor;
    }

    @Override
    public int concurrency() {
        return settings.extractionConcurrency();
    }

    @Override
    public void run(Job job, JobLease lease) {
        String letterId = job.payload();
        IncomingLetter letter = steps.begin(letterId, lease);
        if (letter == null) {
            return;
        }
        try {
            byte[] content = store.get(letter.original().sha256());
            var reading = reader.read(content, letter.original().mediaType(), done -> steps.progress(letterId, done));
            // The attachments after the letter, progress counted on (docs/rules.md#R38).
            List<LetterReading> attachments = new ArrayList<>();
            int before = letter.original().pages();
            for (StoredFile a : letter.attachments()) {
                int offset = before;
                attachments.add(reader.read(store.get(a.sha256()), a.mediaType(),
                        done -> steps.progress(letterId, offset + done)));
                before += a.pages();
            }
            steps.finish(letterId, LetterWithAttachments.merge(reading, attachments), lease);
        } catch (DomainException e) {
            steps.fail(letterId, e.messageZh(), e.messageEn(), lease);
        } catch (InfrastructureException e) {
            LOG.log(Level.SEVERE, "reading letter " + letterId + " failed: " + e.code(), e);
            steps.fail(letterId, e.messageZh(), e.messageEn(), lease);
        }
        // Anything else (the database gone, out of memory) fails the attempt: tried again after a backoff (R81).
    }

    /** The reading failed on its last attempt: the letter shows FAILED with the reason, as any failed reading. */
    @Override
    public void gaveUp(Job job) {
        // An attempt beyond the limit was claimed only to be given up (Job.beyondLimit): it is not counted.
        int attempts = Math.min(job.attempts(), job.kind().retry().maxAttempts());
        steps.fail(job.payload(), "自动识别 " + attempts + " 次均出错：" + job.lastError(),
                "automatic reading failed " + attempts + " times");
    }
}
