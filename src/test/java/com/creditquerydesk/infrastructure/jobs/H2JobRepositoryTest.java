package com.creditquerydesk.infrastructure.jobs;

import com.creditquerydesk.infrastructure.register.TestDatabases;

import javax.sql.DataSource;

/** The job table's contract on the embedded H2. */
class H2JobRepositoryTest extends JobRepositoryContract {

    private static final DataSource DS = TestDatabases.h2();

    @Override
    DataSource dataSource() {
        return DS;
    }
}
