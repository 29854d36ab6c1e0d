package com.creditquerydesk.infrastructure.startup;

import com.creditquerydesk.application.DatabaseReady;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.infrastructure.config.AppConfig;
import com.creditquerydesk.infrastructure.config.CentreConfig;
import com.creditquerydesk.infrastructure.persistence.durability.DurableCommits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Start-up, in order: refuse a server outside demo mode without the centre's details, migrate the schema, move
 * an old audit trail to the keyed chain and start signing its checkpoints (docs/rules.md#R30, #R31), then tell the
 * rest of the application (demo data, resuming unfinished jobs) that the database is ready. Runs during deployment, before requests are served.
 */
@ApplicationScoped
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Inject
    DatabaseMigration migration;

    @Inject
    AppConfig config;

    @Inject
    CentreConfig centre;

    @Inject
    Event<DatabaseReady> ready;

    @Inject
    DurableCommits commits;

    @Inject
    AuditService audit;

    @Inject
    CheckpointSchedule checkpoints;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        LOG.info(() -> "Credit Query Desk starting; data directory " + config.dataDir()
                + (config.demo() ? " (DEMO MODE: demo accounts and data)" : ""));
        centre.requireConfigured();
        commits.compactAtStart();
        migration.migrate();
        audit.keyTheChain();
        checkpoints.start();
        ready.fire(new DatabaseReady(config.demo()));
    }
}
