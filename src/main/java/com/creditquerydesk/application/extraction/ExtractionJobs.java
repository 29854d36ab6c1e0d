package com.creditquerydesk.application.extraction;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs extraction jobs in the background on the reading executor of their own (as many threads as
 * {@code CQD_EXTRACTION_CONCURRENCY}, 2 by default: OCR is CPU-bound, and web requests must still be answered),
 * so a backlog of scans never delays a register import or anything else. A letter is never queued twice; one
 * submitted while its job runs is run once more after it.
 */
@ApplicationScoped
public class ExtractionJobs {

    private static final Logger LOG = Logger.getLogger(ExtractionJobs.class.getName());

    @Resource(lookup = "java:jboss/ee/concurrency/executor/cqd-reading")
    ManagedExecutorService executor;

    private final Set<String> queued = new HashSet<>();

    /** Letters submitted again while their job was queued or running: a file was added meanwhile (R61). */
    private final Set<String> again = new HashSet<>();

    public void submit(String letterId, Consumer<String> job) {
        synchronized (queued) {
            if (!queued.add(letterId)) {
                again.add(letterId);
                return;
            }
        }
        executor.submit(() -> {
            try {
                job.accept(letterId);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "extraction job failed for letter " + letterId, e);
            } finally {
                finished(letterId, job);
            }
        });
    }

    /** The job is done; one submitted meanwhile runs now (it does nothing if the letter needs no reading). */
    private void finished(String letterId, Consumer<String> job) {
        boolean rerun;
        synchronized (queued) {
            queued.remove(letterId);
            rerun = again.remove(letterId);
        }
        if (rerun) {
            submit(letterId, job);
        }
    }
}
