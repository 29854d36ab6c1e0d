package com.creditquerydesk.it;

import com.creditquerydesk.domain.shared.Sha256;
import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.TestFiles;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.LetterGenerator;
import com.creditquerydesk.testsupport.letters.LetterSpec;
import com.creditquerydesk.testsupport.letters.PdfLetterRenderer;
import jakarta.json.JsonObject;
import com.creditquerydesk.testsupport.ServerProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.creditquerydesk.testsupport.Api.person;

/**
 * Issue 18, the scanner's folder (docs/rules.md#R60), black-box: the test server watches {@code cqd.it.intake.dir}
 * (pom.xml, looked at every second). A file written in pieces is registered whole once it stops growing, a file with
 * its marker at once; each as channel SCAN in the registry's list and read like an upload; moved to processed/, a
 * refused file to rejected/ with its reason; the same file again is not registered twice.
 */
class ScannerFolderIT {

    private static final Path FOLDER = Path.of(System.getProperty("cqd.it.intake.dir", "target/it-scanner-folder"));

    private final Api registry = Api.as("registry");

    /** Waits until the server has taken the file from the folder (it never deletes it: it moves it). */
    private static void awaitTaken(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (Files.exists(file)) {
            assertTrue(System.nanoTime() < deadline, file + " was not taken in time");
            Thread.sleep(200);
        }
    }

    /** The registry's list entry of the letter whose original has this hash. */
    private JsonObject listed(byte[] content) {
        String sha = Sha256.hex(content);
        return registry.get("/api/letters?limit=200").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(l -> l.getJsonObject("file").getString("sha256").equals(sha)).findFirst()
                .orElseThrow(() -> new AssertionError("no letter with the file " + sha));
    }

    private long total() {
        return registry.get("/api/letters?limit=1").json().getJsonNumber("total").longValue();
    }

    @Test
    void aScanWrittenInPiecesIsRegisteredWholeOnceItStopsGrowing() throws Exception {
        LetterSpec spec = LetterGenerator.generate(1871, 3);
        byte[] pdf = PdfLetterRenderer.render(spec);
        Path file = FOLDER.resolve("扫描-" + UUID.randomUUID() + ".pdf");
        // Written as a scanner writes, a piece every 300 ms: never unchanged over a whole look meanwhile.
        try (OutputStream out = Files.newOutputStream(file)) {
            int piece = pdf.length / 5 + 1;
            for (int at = 0; at < pdf.length; at += piece) {
                out.write(pdf, at, Math.min(piece, pdf.length - at));
                out.flush();
                Thread.sleep(300);
            }
        }
        awaitTaken(file);
        Path processed = FOLDER.resolve("processed").resolve(file.getFileName());
        assertTrue(Arrays.equals(pdf, Files.readAllBytes(processed)), "moved, whole, never deleted");

        JsonObject entry = listed(pdf);
        assertEquals("SCAN", entry.getString("channel"));
        assertEquals(person("system", "系统"), entry.getJsonObject("receivedBy"));
        assertEquals("扫描文件夹：" + file.getFileName(), entry.getString("note"));
        assertEquals(pdf.length, entry.getJsonObject("file").getInt("size"));
        JsonObject read = Workflow.awaitRead(Api.as("clerk"), entry.getString("id"));
        assertEquals("EXTRACTED", read.getString("status"), read.toString());
        ExtractionIT.assertCandidatesReadAs(spec, read, false);

        // The same file dropped again (as after a restart that came before the move): done, not registered twice.
        long before = total();
        Path again = Files.write(FOLDER.resolve("again-" + file.getFileName()), pdf);
        awaitTaken(again);
        assertTrue(Files.exists(FOLDER.resolve("processed").resolve(again.getFileName())));
        assertEquals(before, total());
    }

    @Test
    void aFileWithItsMarkerIsTakenAtOnceAndAMarkerMovesWithIt() throws Exception {
        byte[] pdf = TestFiles.pdf(1, "marker-" + UUID.randomUUID());
        Path file = Files.write(FOLDER.resolve("m-" + UUID.randomUUID() + ".pdf"), pdf);
        Path marker = Files.write(file.resolveSibling(file.getFileName() + ".done"), new byte[0]);
        awaitTaken(file);
        assertFalse(Files.exists(marker));
        assertTrue(Files.exists(FOLDER.resolve("processed").resolve(marker.getFileName())));
        assertEquals("SCAN", listed(pdf).getString("channel"));
    }

    @Test
    void whatIntakeRefusesGoesToRejectedWithItsReasonAndNothingIsRegistered() throws Exception {
        long before = total();
        Path exe = Files.write(FOLDER.resolve("setup-" + UUID.randomUUID() + ".pdf"), TestFiles.exe());
        awaitTaken(exe);
        Path rejected = FOLDER.resolve("rejected").resolve(exe.getFileName());
        assertTrue(Arrays.equals(TestFiles.exe(), Files.readAllBytes(rejected)), "kept as it came");
        String reason = Files.readString(rejected.resolveSibling(exe.getFileName() + ".txt"), StandardCharsets.UTF_8);
        assertTrue(reason.contains("拒收原因：") && reason.contains("Reason: ") && reason.contains("unsupported"), reason);

        // A file the registry uploaded already is a duplicate here: refused with the letter's receipt number.
        byte[] uploaded = TestFiles.pdf(1, "uploaded-" + UUID.randomUUID());
        String receipt = IntakeIT.created(registry.upload("来函.pdf", uploaded)).getString("receiptNumber");
        Path dup = Files.write(FOLDER.resolve("dup-" + UUID.randomUUID() + ".pdf"), uploaded);
        awaitTaken(dup);
        String why = Files.readString(FOLDER.resolve("rejected").resolve(dup.getFileName() + ".txt"));
        assertTrue(why.contains(receipt), why);
        assertEquals(before + 1, total(), "only the upload");

        JsonObject events = Api.as("auditor").get("/api/audit?action=INTAKE_FILE_REJECTED&limit=50").json();
        assertTrue(events.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("detail").contains(exe.getFileName().toString())), events.toString());
    }

    /**
     * "The drop folder surviving a restart mid-file": a second server is killed while the scanner is still writing a
     * file; the scanner finishes while it is down; after the restart the file is registered once, whole.
     */
    @Test
    @Tag("slow")
    void aFileBeingWrittenWhenTheServerIsKilledIsRegisteredOnceWholeAfterTheRestart(@TempDir Path work)
            throws Exception {
        Path folder = work.resolve("scanner-folder");
        byte[] pdf = PdfLetterRenderer.render(LetterGenerator.generate(1872, 2));
        Path file = folder.resolve("重启中的扫描件.pdf");
        try (ServerProcess server = new ServerProcess(work, 330, Map.of("CQD_DEMO", "true",
                "CQD_INTAKE_DIR", folder.toString(), "CQD_INTAKE_POLL_SECONDS", "1")).start()) {
            int half = pdf.length / 2;
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(pdf, 0, half / 2);
                out.flush();
                Thread.sleep(300);
                out.write(pdf, half / 2, half - half / 2);
                out.flush();
                server.kill();
                out.write(pdf, half, pdf.length - half);
            }
            assertTrue(Files.exists(file), "still in the folder while the server is down");
            server.start();
            awaitTaken(file);
            assertTrue(Arrays.equals(pdf, Files.readAllBytes(folder.resolve("processed").resolve(file.getFileName()))));
            try (var rejected = Files.list(folder.resolve("rejected"))) {
                assertEquals(0, rejected.count(), "the half-written file was never taken");
            }
            Api after = Api.at(server.baseUrl()).login("registry", "demo-registry");
            String sha = Sha256.hex(pdf);
            List<JsonObject> letters = after.get("/api/letters?limit=200").json().getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            assertEquals(1, letters.stream().filter(l -> l.getJsonObject("file").getString("sha256").equals(sha)).count(),
                    "registered once");
        }
    }
}
