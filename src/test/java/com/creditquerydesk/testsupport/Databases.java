package com.creditquerydesk.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The database a private {@link ServerProcess} uses: the embedded H2 in its own data directory, or — in the
 * PostgreSQL pass ({@code -Ppostgres}) — a fresh PostgreSQL database of its own beside the suite's cqd_it.
 */
public final class Databases {

    private static final String IT_URL = System.getProperty("cqd.it.db.url", "");

    private Databases() {
    }

    public static boolean postgres() {
        return IT_URL.startsWith("jdbc:postgresql:");
    }

    /** The server's environment for a new, empty database of that name (nothing for H2: its data directory). */
    public static Map<String, String> fresh(String name) {
        if (!postgres()) {
            return Map.of();
        }
        String user = System.getProperty("cqd.it.db.user");
        String password = System.getProperty("cqd.it.db.password");
        String server = IT_URL.substring(0, IT_URL.lastIndexOf('/') + 1);
        try (Connection c = DriverManager.getConnection(server + "postgres", user, password);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return Map.of("CQD_DB_URL", server + name, "CQD_DB_DRIVER", "org.postgresql.Driver",
                "CQD_DB_USER", user, "CQD_DB_PASSWORD", password);
    }
}
