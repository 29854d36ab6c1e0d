package com.creditquerydesk.infrastructure.register;

import com.creditquerydesk.application.DatabaseReady;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.application.register.RegisterImportService;
import com.creditquerydesk.domain.model.register.RegisterRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import javax.sql.DataSource;

/**
 * The register's JDBC repository and import service as CDI beans. Imports run one after another on an executor
 * of their own with one thread (configure-server.cli): two at once would race for the next version number, and
 * a backlog of scans being read must not hold them up.
 */
@ApplicationScoped
public class RegisterBeans {

    @Resource(lookup = "java:jboss/datasources/CqdDS")
    DataSource dataSource;

    @Resource(lookup = "java:jboss/ee/concurrency/executor/cqd-imports")
    ManagedExecutorService executor;

    @Inject
    AuditService audit;

    private volatile RegisterRepository register;
    private volatile RegisterImportService imports;

    /** Dependent scope (the classes are final, so not proxyable); one instance each is kept here. */
    @Produces
    RegisterRepository register() {
        if (register == null) {
            synchronized (this) {
                if (register == null) {
                    register = new JdbcRegisterRepository(dataSource);
                }
            }
        }
        return register;
    }

    @Produces
    RegisterImportService imports() {
        if (imports == null) {
            synchronized (this) {
                if (imports == null) {
                    imports = new RegisterImportService(register(), new JdbcImportJobRepository(dataSource),
                            new RegisterFileFormats(), executor,
                            (actor, action, detail) -> audit.recordAlone(actor, action, null, detail));
                }
            }
        }
        return imports;
    }

    /** An import the server was running when it stopped (kill -9, power) is over: its transaction never committed. */
    void onStart(@Observes DatabaseReady ready) {
        imports().failInterrupted();
    }
}
