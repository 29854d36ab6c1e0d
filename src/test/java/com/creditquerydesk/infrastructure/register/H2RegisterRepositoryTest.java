package com.creditquerydesk.infrastructure.register;

import javax.sql.DataSource;

class H2RegisterRepositoryTest extends RegisterRepositoryContract {

    private static final DataSource DS = TestDatabases.h2();

    @Override
    DataSource dataSource() {
        return DS;
    }
}
