package com.creditquerydesk.infrastructure.storage;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.domain.shared.BlobStore;
import com.creditquerydesk.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Copies every blob of the local store (the data directory) into the database or S3 store (docs/rules.md#R95), for a
 * centre moving from one server to two: run on the old server, then every server is started with CQD_BLOB_STORE set
 * to the target. Streamed one blob at a time, each in a transaction of its own; a blob the target holds already is
 * left as it is, so running it again copies only what is missing. Each copy is checked against its address.
 */
@ApplicationScoped
public class BlobCopy {

    private static final Logger LOG = Logger.getLogger(BlobCopy.class.getName());

    /** What one run did: blobs copied, found in the target already, and failed (named in the log). */
    public record Copied(String target, int copied, int present, int failed) {
    }

    @Inject
    ContentStore local;

    @Inject
    Instance<DatabaseBlobStore> database;

    @Inject
    Instance<S3BlobStore> s3;

    @Inject
    AuditService audit;

    public Copied copy(Actor actor, String target) {
        String kind = target == null ? "" : target.strip().toLowerCase(Locale.ROOT);
        BlobStore to = switch (kind) {
            case "database" -> database.get();
            case "s3" -> s3.get();
            default -> throw new DomainException("BLOB_COPY_TARGET_INVALID", "复制目标须为 database 或 s3",
                    "the copy's target is database or s3");
        };
        return copy(local, to, kind, actor);
    }

    Copied copy(BlobStore from, BlobStore to, String kind, Actor actor) {
        int[] counts = new int[3];
        from.forEachStored(b -> {
            if (to.exists(b.sha256())) {
                counts[1]++;
                return;
            }
            try (InputStream in = from.open(b.sha256())) {
                if (!to.put(in).equals(b.sha256())) {
                    throw new IllegalStateException("the copy's content does not match its address");
                }
                counts[0]++;
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.SEVERE, "could not copy blob " + b.sha256() + " to the " + kind + " store", e);
                counts[2]++;
            }
        });
        Copied copied = new Copied(kind, counts[0], counts[1], counts[2]);
        audit.recordAlone(actor, AuditAction.BLOBS_COPIED, null, "复制本地存储文件到 " + kind + "：复制 " + copied.copied()
                + " 个，已有 " + copied.present() + " 个，失败 " + copied.failed() + " 个");
        LOG.info(() -> "blob copy to the " + kind + " store: " + copied);
        return copied;
    }
}
