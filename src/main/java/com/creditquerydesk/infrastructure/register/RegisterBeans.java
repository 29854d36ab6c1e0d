package com.creditquerydesk.infrastructure.register;

import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.application.register.RegisterImportService;
import com.creditquerydesk.domain.model.register.RegisterRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import javax.sql.DataSource;

/**
 * The register's JDBC repository and import service as CDI beans. Imports run as jobs of the job table, one
 * after another over all servers (RegisterImportJobs): two at once would race for the next version number.
 */
@ApplicationScoped
public class RegisterBeans {

    @Resource(lookup = "java:jboss/datasources/CqdDS")
    DataSource dataSource;

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
                            new RegisterFileFormats(),
                            (actor, action, detail) -> audit.recordAlone(actor, action, null, detail));
                }
            }
        }
        return imports;
    }
}
