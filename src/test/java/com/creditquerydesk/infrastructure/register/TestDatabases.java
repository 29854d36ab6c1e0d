package com.creditquerydesk.infrastructure.register;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** Fresh Flyway-migrated databases for tests: H2 in memory, or a new PostgreSQL database on 127.0.0.1:5432. */
public final class TestDatabases {

    static final String PG_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?connectTimeout=3";

    private TestDatabases() {
    }

    public static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:register-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        migrate(ds);
        return ds;
    }

    /** Creates a database named after {@code prefix}; skips the test when PostgreSQL is unreachable. */
    public static DataSource postgres(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase();
        try (Connection admin = DriverManager.getConnection(PG_ADMIN_URL, "postgres", "");
             Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            Assumptions.abort("PostgreSQL at 127.0.0.1:5432 (user postgres) is not reachable, skipping: "
                    + e.getMessage());
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl("jdbc:postgresql://127.0.0.1:5432/" + name);
        ds.setUser("postgres");
        migrate(ds);
        return ds;
    }

    public static void dropPostgres(DataSource ds) {
        if (!(ds instanceof PGSimpleDataSource pg)) {
            return;
        }
        try (Connection admin = DriverManager.getConnection(PG_ADMIN_URL, "postgres", "");
             Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + pg.getDatabaseName() + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void migrate(DataSource ds) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    }
}
