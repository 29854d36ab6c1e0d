package com.creditquerydesk.infrastructure.storage;

import com.creditquerydesk.domain.shared.BlobStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Logger;

/**
 * The blob store CQD_BLOB_STORE names (docs/rules.md#R82, #R95): {@code local} (the data directory, the default),
 * {@code database} (the database every server of an installation shares) or {@code s3} (an S3-compatible object
 * store, CQD_S3_*).
 */
@ApplicationScoped
public class BlobStores {

    private static final Logger LOG = Logger.getLogger(BlobStores.class.getName());

    @Inject
    @ConfigProperty(name = "cqd.blob.store", defaultValue = "local")
    String kind;

    @Inject
    Instance<ContentStore> local;

    @Inject
    Instance<DatabaseBlobStore> database;

    @Inject
    Instance<S3BlobStore> s3;

    @Produces
    @ApplicationScoped
    BlobStore blobStore() {
        BlobStore store = switch (kind.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "local" -> local.get();
            case "database" -> database.get();
            case "s3" -> s3.get();
            default -> throw new IllegalStateException("CQD_BLOB_STORE must be local, database or s3, not " + kind);
        };
        LOG.info(() -> "originals and signed replies are kept in the " + kind.strip() + " blob store");
        return store;
    }
}
