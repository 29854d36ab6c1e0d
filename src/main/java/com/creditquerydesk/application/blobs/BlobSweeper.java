package com.creditquerydesk.application.blobs;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.ServerSettings;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.application.jobs.RecurringJobHandler;
import com.creditquerydesk.application.jobs.JobLease;
import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.domain.model.job.Job;
import com.creditquerydesk.domain.model.job.JobKind;
import com.creditquerydesk.domain.model.job.Recurrence;
import com.creditquerydesk.domain.shared.BlobReferences;
import com.creditquerydesk.domain.shared.BlobStore;
import com.creditquerydesk.domain.shared.BlobSweep;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.logging.Logger;

/**
 * Removes the blobs no row points to once their grace period is over (docs/rules.md#R96), daily at
 * CQD_BLOB_SWEEP_TIME, as a recurring job of the job table: one server sweeps at a time, whichever store is
 * configured. What it removed is logged and recorded in the audit trail.
 */
@ApplicationScoped
public class BlobSweeper implements RecurringJobHandler {

    private static final Logger LOG = Logger.getLogger(BlobSweeper.class.getName());

    /** What one sweep did: blobs old enough to be considered, and how many of those it removed. */
    public record Swept(int old, int removed) {
    }

    @Resource(lookup = "java:jboss/ee/concurrency/executor/cqd-scheduled")
    ManagedExecutorService executor;

    @Inject
    BlobStore store;

    @Inject
    BlobReferences references;

    @Inject
    ServerSettings settings;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    /**
     * Lists the blobs stored before the cutoff first and reads the references after, so a row that commits during
     * the sweep has either been read or points at a blob stored (or stored again) after the listing, which is then
     * too young; each removal checks the blob's time once more.
     */
    public static Swept sweep(BlobStore store, BlobReferences references, BlobSweep rule, Instant now) {
        Set<String> old = new HashSet<>();
        store.forEachStored(b -> {
            if (rule.mayRemove(b, false, now)) {
                old.add(b.sha256());
            }
        });
        int considered = old.size();
        references.forEach(old::remove);
        Instant cutoff = rule.cutoff(now);
        int removed = 0;
        for (String sha256 : old) {
            if (store.removeIfStoredBefore(sha256, cutoff)) {
                removed++;
            }
        }
        return new Swept(considered, removed);
    }

    @Override
    public void run(Job job, JobLease lease) {
        BlobSweep rule = new BlobSweep(settings.blobGracePeriod());
        Swept swept = sweep(store, references, rule, clock.instant());
        String detail = "清理无引用且超过 " + rule.grace().toHours() + " 小时的存储文件 " + swept.removed() + " 个（检查 "
                + swept.old() + " 个）";
        audit.recordAlone(Actor.system(), AuditAction.BLOBS_SWEPT, null, detail);
        LOG.info(() -> "blob sweep: " + swept.removed() + " unreferenced blob(s) older than " + rule.grace()
                + " removed, of " + swept.old() + " old enough to be considered");
    }

    @Override
    public JobKind kind() {
        return JobKind.BLOB_SWEEP;
    }

    @Override
    public Executor executor() {
        return executor;
    }


    @Override
    public Optional<Recurrence> recurrence() {
        return Optional.of(new Recurrence.DailyAt(settings.blobSweepTime(), settings.zone()));
    }

    @Override
    public void gaveUp(Job job) {
        LOG.severe(() -> "the blob sweep failed for today, tried again tomorrow: " + job.lastError());
    }
}
