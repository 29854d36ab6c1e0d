package com.creditquerydesk.infrastructure.persistence.durability;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * Makes what has been committed survive a kill -9 before the server acknowledges it (README "Durability").
 *
 * <p>PostgreSQL's commit is durable by itself (synchronous_commit, the default). The embedded H2 (MVStore) is
 * not: a commit ends the transaction in memory, and the store writes it to its file later — with WRITE_DELAY=0
 * through {@code tryCommit()}, which does nothing when another thread is writing at that moment, so under load
 * the last commits stayed in memory until a later one happened to write them. Even {@code MVStore.commit()} and
 * {@code CHECKPOINT SYNC} return without writing while another store operation is under way (its chunk is
 * serialized and written by the store's own executors). So this waits, by the store's versions, until a chunk
 * holding every change committed before the call has been written, then forces the file to disk.
 *
 * <p>Written is not yet found again: H2 2.5's recovery after a crash follows the chain of chunks from the one its
 * file header names, and when a chunk is written into reused space the header it rewrites names the chunk
 * before it (the header is written before the store's last chunk is updated), so the chain breaks and the store
 * opens at an older version. DurabilityIT lost acknowledged sign-offs so, with them on disk. The URL therefore
 * sets REUSE_SPACE=FALSE: every chunk goes at the end of the file, where recovery looks first; and the file, which
 * then only grows while the server runs, is compacted at every start ({@link #compactAtStart()}).
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
     * Rewrites the embedded store to the size of its data before anything else opens it: written append-only
     * (REUSE_SPACE=FALSE, above), it grows with every change between clean closes, which compact it for 200 ms at
     * most. H2 writes the compacted copy beside the file and then replaces it, so a crash meanwhile loses nothing.
     */
    public void compactAtStart() {
        if (!embedded()) {
            return;
        }
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw new IllegalStateException("could not compact the embedded database", e);
        }
        LOG.info(() -> "embedded database compacted in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    /**
     * A chunk of version v holds what was changed before the store moved to v: {@code storeNow} first raises the
     * current version to v, then captures every map's root. So a change committed while the current version was
     * c is on disk only once a chunk of version c + 1 or later is written, or when nothing has changed since the
     * chunk of version c was written.
     */
    private static void awaitWritten(MVStore store) throws InterruptedException {
        long target = store.getCurrentVersion() + 1;
        long deadline = System.nanoTime() + MAX_WAIT_NANOS;
        while (true) {
            long written = store.getFileStore().lastChunkVersion();
            if (written >= target || written == target - 1 && !store.hasUnsavedChanges()
                    && store.getCurrentVersion() == target - 1) {
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
