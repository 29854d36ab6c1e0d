package com.creditquerydesk.infrastructure.persistence.durability;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Makes what has been committed survive a kill -9 before the server acknowledges it (README "Durability").
 *
 * <p>PostgreSQL's commit is durable by itself (synchronous_commit, the default). The embedded H2 (MVStore) is
 * not: a commit ends the transaction in memory, and the store writes it to its file later — with WRITE_DELAY=0
 * through {@code tryCommit()}, which does nothing when another thread is writing at that moment, so under load
 * the last commits stayed in memory until a later one happened to write them. Even {@code MVStore.commit()} and
 * {@code CHECKPOINT SYNC} return without writing while another store operation is under way (its chunk is
 * serialized and written by the store's own executors), and an acknowledged sign-off was lost that way in
 * DurabilityIT. So this waits, by the store's versions, until a chunk holding every change committed before the
 * call has been written, then forces the file to disk.
 */
@ApplicationScoped
public class DurableCommits {

    private static final Logger LOG = Logger.getLogger(DurableCommits.class.getName());
    private static final long MAX_WAIT_NANOS = 30_000_000_000L;

    @Resource(lookup = "java:jboss/datasources/CqdDS")
    DataSource dataSource;

    private volatile Boolean embedded;

    /** Returns once every transaction committed so far is on disk. Call it outside any transaction. */
    public void awaitDurable() {
        if (!embedded()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            MVStore store = ((SessionLocal) c.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore()
                    .getMvStore();
            awaitWritten(store);
            store.sync();
        } catch (SQLException e) {
            throw new IllegalStateException("could not force the embedded database to disk", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while forcing the embedded database to disk", e);
        }
    }

    /**
     * Changes committed before now belong to the store's current version or an earlier one: done once a chunk of
     * that version is written, or, when nothing is left unsaved, once the store already under way is written.
     */
    private static void awaitWritten(MVStore store) throws InterruptedException {
        long target = store.getCurrentVersion();
        long deadline = System.nanoTime() + MAX_WAIT_NANOS;
        while (true) {
            long written = store.getFileStore().lastChunkVersion();
            if (written >= target || written >= target - 1 && !store.hasUnsavedChanges()) {
                return;
            }
            store.commit();
            if (store.getFileStore().lastChunkVersion() == written) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the embedded database did not write version " + target
                            + " in time (last written " + written + ")");
                }
                Thread.sleep(1);
            }
        }
    }

    private boolean embedded() {
        Boolean e = embedded;
        if (e == null) {
            try (Connection c = dataSource.getConnection()) {
                e = c.isWrapperFor(JdbcConnection.class);
            } catch (SQLException ex) {
                throw new IllegalStateException("could not read the database connection's kind", ex);
            }
            embedded = e;
            if (e) {
                LOG.info("embedded database: every change is forced to disk before it is acknowledged");
            }
        }
        return e;
    }
}
