package com.creditquerydesk.application.extraction;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs extraction jobs in the background, at most {@code cqd.extraction.concurrency} at once (2 on a
 * 2-core machine: OCR is CPU-bound, and web requests must still be answered). A letter is never queued twice.
 */
@ApplicationScoped
public class ExtractionJobs {

    private static final Logger LOG = Logger.getLogger(ExtractionJobs.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "cqd.extraction.concurrency", defaultValue = "2")
    int concurrency;

    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private volatile Semaphore slots;

    public void submit(String letterId, java.util.function.Consumer<String> job) {
        if (!queued.add(letterId)) {
            return;
        }
        executor.submit(() -> {
            Semaphore s = slots();
            try {
                s.acquire();
                try {
                    job.accept(letterId);
                } finally {
                    s.release();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "extraction job failed for letter " + letterId, e);
            } finally {
                queued.remove(letterId);
            }
        });
    }

    private Semaphore slots() {
        if (slots == null) {
            synchronized (this) {
                if (slots == null) {
                    slots = new Semaphore(Math.max(1, concurrency), true);
                }
            }
        }
        return slots;
    }
}
