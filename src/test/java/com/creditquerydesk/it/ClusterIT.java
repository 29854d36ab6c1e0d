package com.creditquerydesk.it;

import com.creditquerydesk.bench.RegisterGenerator;
import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.Databases;
import com.creditquerydesk.testsupport.ServerProcess;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.DocxLetterRenderer;
import com.creditquerydesk.testsupport.letters.LetterGenerator;
import com.creditquerydesk.testsupport.letters.LetterSpec;
import com.creditquerydesk.testsupport.letters.ScanLetterRenderer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two servers on one PostgreSQL database, originals and replies in the database blob store (README "Jobs and several
 * servers", docs/rules.md#R80, #R82): letters uploaded alternately to both are each read once; sign-offs split over
 * both are numbered without gap or duplicate and every reply is downloadable from the other server; an import started
 * on one shows its progress on the other; and after kill -9 of one server while it reads, the other finishes its
 * letters once the lease expired. Only in the PostgreSQL pass (-Ppostgres); not tagged slow, which that pass leaves out.
 */
@Tag("cluster")
class ClusterIT {

    private static final Pattern REPLY_NUMBER = Pattern.compile("陕信用函〔(\\d{4})〕([1-9]\\d*)号");
    private static final int LETTERS = Integer.getInteger("cqd.it.cluster.letters", 30);
    private static final int SIGN_OFFS = Integer.getInteger("cqd.it.cluster.sign-offs", 10);
    private static final int SCANS = 5;

    @TempDir
    Path work;

    @Test
    void twoServersOnOneDatabaseDoNothingTwiceAndLoseNothing() throws Exception {
        assumeTrue(Databases.postgres(), "two servers share one database only on PostgreSQL (-Ppostgres)");
        Map<String, String> env = new HashMap<>(Databases.fresh("cqd_cluster"));
        env.putAll(Map.of("CQD_DEMO", "true", "CQD_BLOB_STORE", "database", "CQD_JOBS_LEASE_SECONDS", "15",
                "CQD_JOBS_POLL_SECONDS", "1"));
        Map<String, String> envOne = new HashMap<>(env);
        envOne.put("CQD_NODE_ID", "cqd-1");
        Map<String, String> envTwo = new HashMap<>(env);
        envTwo.put("CQD_NODE_ID", "cqd-2");
        try (ServerProcess one = new ServerProcess(work.resolve("one"), 360, envOne).start();
             ServerProcess two = new ServerProcess(work.resolve("two"), 370, envTwo)) {
            // One installation, one set of keys: the demo keys server one generated, for server two too.
            copyTree(work.resolve("one/data/keys"), work.resolve("two/data/keys"));
            two.start();
            String a = one.baseUrl();
            String b = two.baseUrl();

            Api auditor = Api.as(a, "auditor");
            lettersUploadedToBothAreEachReadOnce(a, b, auditor);
            signOffsOnBothAreNumberedWithoutGapAndDownloadableFromEither(a, b);
            anImportStartedOnOneShowsItsProgressOnTheOther(a, b);
            lettersOfAKilledServerAreFinishedByTheOther(one, b, auditor.on(b));
        }
    }

    /**
     * Throughput, only with {@code -Dcqd.it.cluster.throughput=N}: N scanned letters read by one server, then by two
     * (fresh databases each, uploads alternating), on this machine; prints the times and the CPU count.
     */
    @Test
    void scannedLettersReadByTwoServersAgainstOne() throws Exception {
        int n = Integer.getInteger("cqd.it.cluster.throughput", 0);
        assumeTrue(n > 0 && Databases.postgres(), "set -Dcqd.it.cluster.throughput=40 in the PostgreSQL pass");
        List<byte[]> scans = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LetterSpec spec = LetterGenerator.generate(83_000 + i, 12);
            scans.add(ScanLetterRenderer.tiff(ScanLetterRenderer.render(spec, ScanLetterRenderer.ScanOptions.clean(300))));
        }
        double one = readAll(scans, 1);
        double two = readAll(scans, 2);
        System.out.printf("throughput: %d scanned letters, %d CPUs: one server %.1f s, two servers %.1f s, ratio %.2f%n",
                n, Runtime.getRuntime().availableProcessors(), one, two, one / two);
    }

    /** Seconds from the first upload until every letter is read, with this many servers on a fresh database. */
    private double readAll(List<byte[]> scans, int servers) throws Exception {
        Map<String, String> env = new HashMap<>(Databases.fresh("cqd_cluster_bench" + servers));
        env.putAll(Map.of("CQD_DEMO", "true", "CQD_BLOB_STORE", "database", "CQD_JOBS_POLL_SECONDS", "1"));
        List<ServerProcess> started = new ArrayList<>();
        try {
            for (int s = 0; s < servers; s++) {
                Map<String, String> own = new HashMap<>(env);
                own.put("CQD_NODE_ID", "bench-" + s);
                Path dir = work.resolve("bench" + servers + "-" + s);
                if (s > 0) {
                    copyTree(work.resolve("bench" + servers + "-0/data/keys"), dir.resolve("data/keys"));
                }
                started.add(new ServerProcess(dir, 360 + 10 * s, own).start());
            }
            Api registry = Api.as(started.get(0).baseUrl(), "registry");
            long start = System.nanoTime();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < scans.size(); i++) {
                Api.Response created = registry.on(started.get(i % servers).baseUrl()).upload("扫描-" + i + ".tif",
                        scans.get(i));
                assertEquals(201, created.status(), created.body());
                ids.add(created.json().getString("id"));
            }
            for (String id : ids) {
                assertEquals("EXTRACTED", Workflow.awaitRead(registry, id).getString("status"));
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            started.forEach(ServerProcess::close);
        }
    }

    private static void lettersUploadedToBothAreEachReadOnce(String a, String b, Api auditor) {
        Api registryA = Api.as(a, "registry");
        Api[] registry = {registryA, registryA.on(b)};
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < LETTERS; i++) {
            LetterSpec spec = LetterGenerator.generate(80_000 + i, 3);
            Api.Response created = registry[i % 2].upload("来函-" + i + ".docx", DocxLetterRenderer.render(spec));
            assertEquals(201, created.status(), created.body());
            ids.add(created.json().getString("id"));
        }
        for (String id : ids) {
            JsonObject read = Workflow.awaitRead(registry[ids.indexOf(id) % 2], id);
            assertEquals("EXTRACTED", read.getString("status"), read.toString());
            assertEquals(1, events(auditor, id, "EXTRACTION_STARTED"), id);
            assertEquals(0, events(auditor, id, "EXTRACTION_RESUMED"), id);
            assertEquals(1, events(auditor, id, "EXTRACTION_DONE"), id);
        }
    }

    private static void signOffsOnBothAreNumberedWithoutGapAndDownloadableFromEither(String a, String b) {
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < SIGN_OFFS; i++) {
            drafts.add(Workflow.draftedLetterWithoutHits(a, 81_000 + i));
        }
        Api officerA = Api.as(a, "officer");
        Api[] officer = {officerA, officerA.on(b)};
        TreeSet<Integer> numbers = new TreeSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            String id = drafts.get(i);
            Api signer = officer[i % 2];
            Api.Response signed = signer.post("/api/letters/" + id + "/sign-off", signer.signOffBody("demo-officer"));
            assertEquals(200, signed.status(), signed.body());
            Matcher m = REPLY_NUMBER.matcher(signed.json().getString("number"));
            assertTrue(m.matches(), signed.body());
            assertTrue(numbers.add(Integer.parseInt(m.group(2))), "reply number issued twice: " + m.group());
            byte[] here = signer.get("/api/letters/" + id + "/reply.pdf").bytes();
            byte[] there = officer[(i + 1) % 2].get("/api/letters/" + id + "/reply.pdf").bytes();
            assertTrue(here.length > 1000);
            assertArrayEquals(here, there, "the signed reply is the same from the other server");
        }
        assertEquals(SIGN_OFFS, numbers.last() - numbers.first() + 1, "no gap: " + numbers);
    }

    private static void anImportStartedOnOneShowsItsProgressOnTheOther(String a, String b) throws InterruptedException {
        Api adminA = Api.as(a, "admin");
        Api adminB = adminA.on(b);
        StringBuilder csv = new StringBuilder(RegisterGenerator.HEADER).append('\n');
        for (int i = 0; i < 20_000; i++) {
            csv.append(RegisterGenerator.line(i)).append('\n');
        }
        Api.Response started = adminA.upload("/api/register/imports", "cluster.csv",
                csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of("mode", "delta"));
        assertEquals(202, started.status(), started.body());
        long id = started.json().getJsonNumber("id").longValue();
        // Its progress (rows read) is seen on the other server while it runs, whichever server runs it.
        JsonObject onB = adminB.get("/api/register/imports/" + id).json();
        assertEquals(id, onB.getJsonNumber("id").longValue());
        for (int i = 0; i < 600 && onB.getString("status").equals("RUNNING"); i++) {
            Thread.sleep(200);
            onB = adminB.get("/api/register/imports/" + id).json();
        }
        assertEquals("DONE", onB.getString("status"), onB.toString());
        assertEquals(adminA.get("/api/register/imports/" + id).json(), onB, "the same job on both servers");
    }

    private static void lettersOfAKilledServerAreFinishedByTheOther(ServerProcess one, String b, Api auditor)
            throws InterruptedException {
        Api registryA = Api.as(one.baseUrl(), "registry");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < SCANS; i++) {
            LetterSpec spec = LetterGenerator.generate(82_000 + i, 12);
            byte[] scan = ScanLetterRenderer.tiff(ScanLetterRenderer.render(spec, ScanLetterRenderer.ScanOptions.clean(300)));
            Api.Response created = registryA.upload("扫描-" + i + ".tif", scan);
            assertEquals(201, created.status(), created.body());
            ids.add(created.json().getString("id"));
        }
        // The originals are the correction clerk's to open until the reading is confirmed (docs/rules.md#R21).
        Api clerk = Api.as(one.baseUrl(), "clerk");
        // Killed while the letters are being read.
        String first = ids.get(0);
        while (registryA.get("/api/letters/" + first + "/status").json().getString("status").equals("RECEIVED")) {
            Thread.sleep(100);
        }
        one.kill();
        Api registryB = registryA.on(b);
        for (String id : ids) {
            JsonObject read = Workflow.awaitRead(registryB, id);
            assertEquals("EXTRACTED", read.getString("status"), read.toString());
            assertEquals(1, events(auditor, id, "EXTRACTION_STARTED"), id);
            assertTrue(events(auditor, id, "EXTRACTION_RESUMED") <= 1, id);
            assertEquals(1, events(auditor, id, "EXTRACTION_DONE"), "read to completion once: " + id);
            assertEquals(200, clerk.on(b).get("/api/letters/" + id + "/file").status(), "the original from server two");
        }
        assertTrue(auditor.get("/api/audit/verify").json().getBoolean("intact"));
    }

    private static int events(Api auditor, String letterId, String action) {
        return auditor.get("/api/audit?letterId=" + letterId + "&action=" + action).json().getJsonArray("items").size();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
