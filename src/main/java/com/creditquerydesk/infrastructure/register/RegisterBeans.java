package com.creditquerydesk.infrastructure.register;

import com.creditquerydesk.application.register.RegisterImportService;
import com.creditquerydesk.domain.model.register.RegisterRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import javax.sql.DataSource;
import java.util.concurrent.Executor;

/**
 * The register's JDBC repository and import service as CDI beans. Imports run one after another on the
 * server's managed executor: two at once would race for the next version number.
 */
@ApplicationScoped
public class RegisterBeans {

    @Resource(lookup = "java:jboss/datasources/CqdDS")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    private final Object importLock = new Object();
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
                    Executor oneAtATime = task -> executor.execute(() -> {
                        synchronized (importLock) {
                            task.run();
                        }
                    });
                    imports = new RegisterImportService(register(), new JdbcImportJobRepository(dataSource),
                            new RegisterFileFormats(), oneAtATime);
                }
            }
        }
        return imports;
    }
}
