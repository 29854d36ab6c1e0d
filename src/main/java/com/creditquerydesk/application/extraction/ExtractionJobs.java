package com.creditquerydesk.application.extraction;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs extraction jobs in the background on the reading executor of their own (as many threads as
 * {@code CQD_EXTRACTION_CONCURRENCY}, 2 by default: OCR is CPU-bound, and web requests must still be answered),
 * so a backlog of scans never delays a register import or anything else. A letter is never queued twice.
 */
@ApplicationScoped
public class ExtractionJobs {

    private static final Logger LOG = Logger.getLogger(ExtractionJobs.class.getName());

    @Resource(lookup = "java:jboss/ee/concurrency/executor/cqd-reading")
    ManagedExecutorService executor;

    private final Set<String> queued = ConcurrentHashMap.newKeySet();

    public void submit(String letterId, Consumer<String> job) {
        if (!queued.add(letterId)) {
            return;
        }
        executor.submit(() -> {
            try {
                job.accept(letterId);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "extraction job failed for letter " + letterId, e);
            } finally {
                queued.remove(letterId);
            }
        });
    }
}
