package com.creditquerydesk.bench;

import com.creditquerydesk.domain.model.register.ImportMode;
import com.creditquerydesk.domain.model.register.RegisterMatch;
import com.creditquerydesk.domain.model.register.ImportCounts;
import com.creditquerydesk.domain.model.register.ImportResult;
import com.creditquerydesk.domain.model.register.ScreeningCandidate;
import com.creditquerydesk.infrastructure.register.CsvRegisterFile;
import com.creditquerydesk.infrastructure.register.JdbcImportJobRepository;
import com.creditquerydesk.infrastructure.register.JdbcRegisterRepository;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Benchmarks of the register (bench/README.md):
 * <pre>
 *   generate FILE N        write a synthetic register CSV of N rows
 *   generate-changed FILE N  the same with about 1% changed (N/300 each removed, updated and added)
 *   import URL FILE        migrate the database and import FILE as a snapshot through the importer
 *   screen URL N [ROUNDS] [SIZES]  lists of 1,000, 10,000 and 100,000 candidates (half of them listed; SIZES
 *                          e.g. 1000,10000) against the N-row register, p50/p95, beside a HashMap of the
 *                          same keys loaded from the same database
 * </pre>
 */
public final class RegisterBench {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> {
                long t0 = System.nanoTime();
                RegisterGenerator.write(Path.of(args[1]), Long.parseLong(args[2]));
                System.out.printf("generated %s rows in %.1f s%n", args[2], (System.nanoTime() - t0) / 1e9);
            }
            case "generate-changed" -> RegisterGenerator.writeChanged(Path.of(args[1]), Long.parseLong(args[2]));
            case "import" -> importFile(args[1], Path.of(args[2]));
            case "screen" -> screen(args[1], Long.parseLong(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 50,
                    Arrays.stream((args.length > 4 ? args[4] : "1000,10000,100000").split(","))
                            .mapToInt(Integer::parseInt).toArray());
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static PGSimpleDataSource dataSource(String url) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser("postgres");
        return ds;
    }

    private static void importFile(String url, Path file) throws IOException {
        PGSimpleDataSource ds = dataSource(url);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        long job = new JdbcImportJobRepository(ds).start(file.getFileName().toString(), ImportMode.SNAPSHOT,
                new com.creditquerydesk.domain.model.register.ImportRequest("0".repeat(64), "bench", null));
        long t0 = System.nanoTime();
        ImportResult result = new JdbcRegisterRepository(ds).importRegister(job, ImportMode.SNAPSHOT,
                new CsvRegisterFile(file.getFileName().toString(), () -> open(file)), n -> {
                    if (n % 1_000_000 == 0) {
                        System.out.printf("  %,d rows read after %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
                    }
                });
        double s = (System.nanoTime() - t0) / 1e9;
        ImportCounts n = result.counts();
        long rows = n.added() + n.unchanged() + n.updated() + n.rejected();
        System.out.printf("importer: %s version %d, %s in %.1f s = %,.0f rows/s; peak heap used %d MB (max %d MB)%n",
                result.outcome(), result.version().number(), n, s, rows / s, peakHeapMb(),
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Rounds shrink with the list: {@code rounds} for 1,000 candidates, a tenth as many per tenfold, at least 5. */
    private static void screen(String url, long registerRows, int rounds, int[] sizes) throws Exception {
        PGSimpleDataSource ds = dataSource(url);
        // as behind a server's connection pool: the timing is of the query, not of opening a connection
        JdbcRegisterRepository register = new JdbcRegisterRepository(pooledOne(ds.getConnection()));
        int version = register.latestVersion().orElseThrow().number();
        long t0 = System.nanoTime();
        Map<String, long[]> map = loadMap(ds, version);
        System.out.printf("HashMap: %,d keys loaded in %.1f s, heap used ~%d MB%n", map.size(),
                (System.nanoTime() - t0) / 1e9, usedHeapMb());
        for (int size : sizes) {
            List<ScreeningCandidate> candidates = candidates(registerRows, size);
            int n = Math.max(5, (int) (rounds * 1000L / size));
            List<RegisterMatch> hits = register.findMatches(candidates, version);
            System.out.printf("register of %,d rows, version %d: %,d of %,d candidates hit%n", registerRows, version,
                    hits.size(), candidates.size());
            long[] db = time(n, () -> register.findMatches(candidates, version).size());
            report("PostgreSQL, one query (unnest)", size, db);
            long[] mem = time(n * 20, () -> {
                int found = 0;
                for (ScreeningCandidate c : candidates) {
                    long[] ids = map.get(c.matchKey() + c.normalisedName());
                    found += ids == null ? 0 : ids.length;
                }
                return found;
            });
            report("in-memory HashMap (key + name)", size, mem);
            System.out.printf("  ratio of the p50s: %.1f%n", (double) db[db.length / 2] / mem[mem.length / 2]);
        }
    }

    /** Half are rows of the register (full IDs recreated by the generator), half are random people. */
    static List<ScreeningCandidate> candidates(long registerRows, int n) {
        SplittableRandom r = new SplittableRandom(42);
        List<ScreeningCandidate> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            RegisterGenerator.Person p = RegisterGenerator.person(k % 2 == 0 ? r.nextLong(registerRows)
                    : registerRows + r.nextLong(1L << 40));
            out.add(new ScreeningCandidate(p.name(), p.id()));
        }
        return out;
    }

    static Map<String, long[]> loadMap(PGSimpleDataSource ds, int version) throws Exception {
        Map<String, long[]> map = new HashMap<>(1 << 24);
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("SELECT match_key, name_norm, id FROM register_record"
                    + " WHERE id_kind = 'PERSON' AND version_added <= ? AND (version_removed IS NULL"
                    + " OR version_removed > ?)")) {
                ps.setFetchSize(50_000);
                ps.setInt(1, version);
                ps.setInt(2, version);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(3);
                        map.merge(rs.getString(1) + rs.getString(2), new long[]{id}, (a, b) -> {
                            long[] m = Arrays.copyOf(a, a.length + 1);
                            m[a.length] = b[0];
                            return m;
                        });
                    }
                }
            }
        }
        return map;
    }

    private interface Work {
        int run() throws Exception;
    }

    private static long[] time(int rounds, Work work) throws Exception {
        for (int i = 0; i < Math.max(10, rounds / 5); i++) {
            work.run();
        }
        long[] ns = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            work.run();
            ns[i] = System.nanoTime() - t0;
        }
        Arrays.sort(ns);
        return ns;
    }

    private static void report(String what, int candidates, long[] sorted) {
        System.out.printf("%-32s %,7d candidates: p50 %.3f ms, p95 %.3f ms, max %.3f ms (%d rounds)%n", what,
                candidates, sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
                sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }

    private static long usedHeapMb() {
        System.gc();
        return (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
    }

    /** A DataSource handing out one open connection whose close() is ignored (the bench's stand-in for a pool). */
    static DataSource pooledOne(Connection connection) {
        Connection shared = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[]{Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[]{DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return shared;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static java.io.InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
