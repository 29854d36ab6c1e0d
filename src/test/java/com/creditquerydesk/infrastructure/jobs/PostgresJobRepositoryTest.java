package com.creditquerydesk.infrastructure.jobs;

import com.creditquerydesk.infrastructure.register.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import javax.sql.DataSource;

/** The job table's contract on a fresh PostgreSQL database (skipped with a message when none is reachable). */
class PostgresJobRepositoryTest extends JobRepositoryContract {

    private static DataSource ds;

    @BeforeAll
    static void createDatabase() {
        ds = TestDatabases.postgres("cqd_jobs_test");
    }

    @AfterAll
    static void dropDatabase() {
        if (ds != null) {
            TestDatabases.dropPostgres(ds);
        }
    }

    @Override
    DataSource dataSource() {
        return ds;
    }
}
