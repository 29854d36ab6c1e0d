package com.creditquerydesk.infrastructure.persistence.jdbc;

import com.creditquerydesk.domain.shared.InfrastructureException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Plain JDBC work that joins the container's transaction when there is one (the connection is then enlisted and
 * not auto-committing) and otherwise runs in a local transaction of its own.
 */
public final class JdbcTransaction {

    /** Work on one connection. */
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private JdbcTransaction() {
    }

    /**
     * Runs the work; an SQLException becomes an InfrastructureException with this code and messages.
     */
    public static <T> T run(DataSource dataSource, Work<T> work, String code, String messageZh, String messageEn) {
        try (Connection c = dataSource.getConnection()) {
            boolean own = c.getAutoCommit();
            if (own) {
                c.setAutoCommit(false);
            }
            try {
                T result = work.run(c);
                if (own) {
                    c.commit();
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                if (own) {
                    c.rollback();
                }
                throw e;
            } finally {
                if (own) {
                    c.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new InfrastructureException(code, messageZh, messageEn, e);
        }
    }
}
