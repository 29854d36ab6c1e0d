package com.creditquerydesk.bench;

import com.creditquerydesk.application.applicants.ApplicantListReading;
import com.creditquerydesk.domain.model.applicants.ApplicantCheck;
import com.creditquerydesk.domain.model.applicants.ApplicantCounts;
import com.creditquerydesk.domain.model.applicants.RejectedApplicant;
import com.creditquerydesk.domain.model.register.ScreeningCandidate;
import com.creditquerydesk.domain.model.screening.ScreeningResult;
import com.creditquerydesk.infrastructure.applicants.ApplicantFiles;
import com.creditquerydesk.infrastructure.register.JdbcRegisterRepository;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Bulk screening of an applicant list (bench/README.md, bench/applicant-screen.sh):
 * <pre>
 *   generate FILE A N   an applicant CSV of A rows (姓名, 身份证号码, 报考岗位), 1% of them people of the N-row register
 *   screen URL FILE     the server's reading (ApplicantListReading: stream, check, screen in batches of 5,000 against
 *                       PostgreSQL) of FILE, beside reading and checking alone and a HashMap probe of the same people
 * </pre>
 */
public final class ApplicantBench {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(Path.of(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]));
            case "screen" -> screen(args[1], Path.of(args[2]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void generate(Path file, int applicants, long registerRows) throws IOException {
        SplittableRandom r = new SplittableRandom(19);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("序号,姓名,身份证号码,报考岗位\n");
            for (int i = 0; i < applicants; i++) {
                RegisterGenerator.Person p = RegisterGenerator.person(i % 100 == 0 ? r.nextLong(registerRows)
                        : registerRows + r.nextLong(1L << 40));
                w.write((i + 1) + "," + p.name() + "," + p.id().value() + ",岗位" + (i % 50) + "\n");
            }
        }
    }

    private static void screen(String url, Path file) throws Exception {
        ApplicantFiles files = new ApplicantFiles();
        PGSimpleDataSource ds = RegisterBench.dataSource(url);
        JdbcRegisterRepository register = new JdbcRegisterRepository(RegisterBench.pooledOne(ds.getConnection()));
        int version = register.latestVersion().orElseThrow().number();
        for (int round = 1; round <= 3; round++) {
            // 1. reading and checking alone: the floor of any screening of this file
            List<ScreeningCandidate> candidates = new ArrayList<>();
            ApplicantCheck check = new ApplicantCheck();
            long t0 = System.nanoTime();
            files.read(file, (row, name, id) -> {
                if (check.check(row, name, id) instanceof ApplicantCheck.Applicant a) {
                    candidates.add(a.candidate());
                }
            });
            double read = (System.nanoTime() - t0) / 1e9;

            // 2. what the server runs for an upload, against PostgreSQL
            long[] hits = new long[1];
            long[] progressCalls = new long[1];
            t0 = System.nanoTime();
            ApplicantCounts counts = new ApplicantListReading(files, register).read(file, version,
                    new ApplicantListReading.Output() {
                        @Override
                        public void progress(long rowsRead) {
                            progressCalls[0]++;
                        }

                        @Override
                        public void hits(List<ScreeningResult> h) {
                            hits[0] += h.size();
                        }

                        @Override
                        public void rejected(List<RejectedApplicant> rows) {
                            // counted in the result
                        }
                    });
            double full = (System.nanoTime() - t0) / 1e9;

            // 3. the same people probed in a HashMap of the register's keys (loaded once, not timed)
            Map<String, long[]> map = mapOnce(ds, version);
            t0 = System.nanoTime();
            long found = 0;
            for (ScreeningCandidate c : candidates) {
                found += map.containsKey(c.matchKey() + c.normalisedName()) ? 1 : 0;
            }
            double probe = (System.nanoTime() - t0) / 1e9;
            System.out.printf("round %d: %,d rows, %,d applicants, %,d rejected, %,d hits (HashMap: %,d), progress %d times%n",
                    round, counts.rowsRead(), counts.applicants(), counts.rejected(), hits[0], found, progressCalls[0]);
            System.out.printf("  read + check alone %.2f s; read + check + screen on PostgreSQL %.2f s (%,.0f rows/s, "
                            + "screening adds %.2f s); HashMap probe of the same %.3f s; heap peak %d MB of %d MB%n",
                    read, full, counts.rowsRead() / full, full - read, probe, RegisterBench.peakHeapMb(),
                    Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    private static Map<String, long[]> map;

    private static Map<String, long[]> mapOnce(PGSimpleDataSource ds, int version) throws Exception {
        if (map == null) {
            map = RegisterBench.loadMap(ds, version);
        }
        return map;
    }
}
