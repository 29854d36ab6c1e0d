package com.creditquerydesk.infrastructure.register;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import javax.sql.DataSource;

/** The same contract on a fresh PostgreSQL database (skipped with a message when none is reachable). */
class PostgresRegisterRepositoryTest extends RegisterRepositoryContract {

    private static DataSource ds;

    @BeforeAll
    static void createDatabase() {
        ds = TestDatabases.postgres("cqd_register_test");
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
