package com.creditquerydesk.it;

import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.HostileFiles;
import com.creditquerydesk.testsupport.ServerProcess;
import com.creditquerydesk.testsupport.TestFiles;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.DocxLetterRenderer;
import com.creditquerydesk.testsupport.letters.LetterGenerator;
import com.creditquerydesk.testsupport.letters.ScanLetterRenderer;
import com.creditquerydesk.testsupport.letters.WordBinaryLetterRenderer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile uploads and bodies (issue 11, README "What intake refuses"): each is answered with a 4xx and a message in
 * Chinese and English within 10 s and stores nothing, while two scans being read at the same time still reach
 * EXTRACTED; the live heap after them (a full collection, read from the server's own GC log) is below 60% of -Xmx.
 */
@Tag("hostile")
@Tag("slow")
class HostileUploadIT {

    private static final long XMX_MB = 1024;
    private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    @TempDir
    Path work;

    /** One hostile request: what it is, how to send it, and the answer expected. */
    private record Hostile(String what, Supplier<Api.Response> send, int status, String code) {
    }

    @Test
    void everyHostileInputIsRefusedQuicklyAndNothingElseSuffers() throws IOException {
        try (ServerProcess server = new ServerProcess(work, 330, Map.of("CQD_DEMO", "true"))
                .withJvmOptions("-Xlog:gc:file=" + work.resolve("gc.log")).start()) {
            String base = server.baseUrl();
            Api registry = Api.as(base, "registry");
            Api clerk = Api.as(base, "clerk");
            Api admin = Api.as(base, "admin");
            String extracted = extractedLetter(registry, base);
            JsonObject extraction = clerk.get("/api/letters/" + extracted).json().getJsonObject("extraction");

            List<Hostile> hostile = hostileRequests(base, registry, clerk, admin, extracted, extraction);
            // Two scans being read while the hostile files arrive.
            List<String> scans = new ArrayList<>();
            for (long seed : new long[]{811, 812}) {
                byte[] tiff = ScanLetterRenderer.tiff(ScanLetterRenderer.render(LetterGenerator.generate(seed, 40),
                        ScanLetterRenderer.ScanOptions.clean(300)));
                scans.add(IntakeIT.created(registry.upload("扫描-" + seed + ".tif", tiff)).getString("id"));
            }
            long lettersBefore = registry.get("/api/letters?limit=1").json().getJsonNumber("total").longValue();

            for (Hostile h : hostile) {
                long start = System.nanoTime();
                Api.Response r = h.send().get();
                long ms = (System.nanoTime() - start) / 1_000_000;
                assertEquals(h.status(), r.status(), h.what() + ": " + r.body());
                JsonObject error = r.json();
                assertEquals(h.code(), error.getString("code"), h.what());
                assertFalse(error.getString("message").isBlank(), h.what());
                assertTrue(error.getString("message").codePoints().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff),
                        h.what() + ": the message is in Chinese: " + error.getString("message"));
                assertFalse(error.getString("messageEn").isBlank(), h.what());
                assertTrue(ms < 10_000, h.what() + " took " + ms + " ms");
            }
            assertEquals(lettersBefore, registry.get("/api/letters?limit=1").json().getJsonNumber("total").longValue(),
                    "no hostile upload was registered");
            for (String id : scans) {
                JsonObject read = Workflow.awaitRead(registry, id);
                assertEquals("EXTRACTED", read.getString("status"), read.toString());
                assertEquals(40, read.getJsonObject("extraction").getJsonArray("candidates").size());
            }

            // Names keep their text and lose the control and direction-changing characters.
            JsonObject named = IntakeIT.created(registry.upload("来\u0000函\u001b[31m\u202Efdp.exe.pdf",
                    TestFiles.pdf(1, "named")));
            assertEquals("来函[31mfdp.exe.pdf", registry.get("/api/letters/" + named.getString("id")).json()
                    .getJsonObject("file").getString("fileName"));

            // What the hostile uploads left behind: the heap after a full collection, once the server is idle again.
            // (A young collection's "after" still counts old garbage; it says nothing of what is live.)
            long live = liveHeapAfterFullCollectionMb(server, work.resolve("gc.log"));
            assertTrue(live < XMX_MB * 6 / 10, "live heap " + live + " MB of " + XMX_MB + " after the hostile uploads");
        }
    }

    private static String extractedLetter(Api registry, String base) {
        byte[] docx = DocxLetterRenderer.render(LetterGenerator.generate(813, 3));
        String id = IntakeIT.created(registry.upload("来函.docx", docx)).getString("id");
        assertEquals("EXTRACTED", Workflow.awaitRead(Api.as(base, "registry"), id).getString("status"));
        return id;
    }

    private static List<Hostile> hostileRequests(String base, Api registry, Api clerk, Api admin, String letter, JsonObject extraction) {
        byte[] random60mb = new byte[60 * 1024 * 1024];
        new Random(11).nextBytes(random60mb);
        byte[] cutPdf = TestFiles.pdf(2, "cut");
        cutPdf = Arrays.copyOf(cutPdf, cutPdf.length / 2);
        byte[] objectStreamBomb = HostileFiles.pdfObjectStreamBomb(300);
        byte[] contentBomb = HostileFiles.pdfContentStreamBomb(200);
        List<Hostile> h = new ArrayList<>();
        h.add(upload(registry, "object-stream bomb", "bomb.pdf", objectStreamBomb, 413, "PDF_BOMB"));
        h.add(upload(registry, "content-stream bomb", "content.pdf", contentBomb, 413, "PDF_BOMB"));
        h.add(upload(registry, "JavaScript on open", "js.pdf", HostileFiles.pdfWithJavaScript(false), 422,
                "PDF_ACTIVE_CONTENT"));
        h.add(upload(registry, "JavaScript, escaped name", "js2.pdf", HostileFiles.pdfWithJavaScript(true), 422,
                "PDF_ACTIVE_CONTENT"));
        h.add(upload(registry, "Launch action", "launch.pdf", HostileFiles.pdfWithLaunch(), 422, "PDF_ACTIVE_CONTENT"));
        h.add(upload(registry, "embedded file", "attach.pdf", HostileFiles.pdfWithEmbeddedFile(), 422,
                "PDF_ACTIVE_CONTENT"));
        h.add(upload(registry, "broken cross-reference table", "xref.pdf", HostileFiles.pdfWithBrokenXref(), 422,
                "FILE_CORRUPT"));
        h.add(upload(registry, "PDF cut in half", "half.pdf", cutPdf, 422, "FILE_CORRUPT"));
        h.add(upload(registry, "TIFF whose pages loop", "loop.tif", HostileFiles.tiffWithLoop(), 422, "FILE_CORRUPT"));
        h.add(upload(registry, "PNG with a bad IDAT CRC", "crc.png", HostileFiles.pngWithBadCrc(), 422, "FILE_CORRUPT"));
        h.add(upload(registry, "PNG with short image data", "short.png", HostileFiles.pngWithShortImageData(), 422,
                "FILE_CORRUPT"));
        h.add(upload(registry, "truncated JPEG", "cut.jpg", HostileFiles.truncatedJpeg(), 422, "FILE_CORRUPT"));
        h.add(upload(registry, "PNG decompression bomb", "bomb.png", TestFiles.pngBomb(), 413, "IMAGE_TOO_MANY_PIXELS"));
        h.add(upload(registry, "DOCX zip bomb", "bomb.docx", TestFiles.docxZipBomb(), 413, "DOCX_ZIP_BOMB"));
        h.add(upload(registry, "DOCX with an external entity", "xxe.docx", TestFiles.docxWithExternalEntity(), 422,
                "DOCX_EXTERNAL_ENTITIES"));
        h.add(upload(registry, "XLSX zip bomb", "bomb.xlsx", HostileFiles.xlsxZipBomb(), 413, "XLSX_ZIP_BOMB"));
        h.add(upload(registry, "a million empty rows", "rows.xlsx", HostileFiles.xlsxWithEmptyRows(1_000_000), 413,
                "SPREADSHEET_TOO_MANY_ROWS"));
        h.add(upload(registry, "spreadsheet without the ID column", "list.xlsx", HostileFiles.xlsxWithoutIdColumn(), 422,
                "SPREADSHEET_NO_ID_COLUMN"));
        h.add(upload(registry, "CSV in UTF-16", "list.csv", HostileFiles.csvInUtf16(), 415, "CSV_ENCODING_UNKNOWN"));
        h.add(upload(registry, "OFD zip bomb", "bomb.ofd", HostileFiles.ofdZipBomb(), 413, "OFD_ZIP_BOMB"));
        h.add(upload(registry, "OFD with entity expansion and XXE", "xxe.ofd", HostileFiles.ofdWithEntities(), 422,
                "OFD_EXTERNAL_ENTITIES"));
        h.add(upload(registry, "OFD naming a path outside itself", "escape.ofd", HostileFiles.ofdWithPathTraversal(), 422,
                "FILE_CORRUPT"));
        h.add(upload(registry, "encrypted Word 97-2003", "locked.doc",
                WordBinaryLetterRenderer.encrypted(LetterGenerator.generate(814, 2)), 422, "DOC_ENCRYPTED"));
        h.add(upload(registry, "executable named .pdf", "setup.pdf", TestFiles.exe(), 415, "FILE_TYPE_UNSUPPORTED"));
        h.add(upload(registry, "60 MB upload", "big.pdf", random60mb, 413, "REQUEST_TOO_LARGE"));
        h.add(upload(registry, "5,000-character file name", "长".repeat(5000) + ".pdf", TestFiles.pdf(1, "long name"),
                400, "MULTIPART_INVALID"));
        h.add(upload(registry, "object-stream bomb again", "bomb2.pdf", objectStreamBomb, 413, "PDF_BOMB"));
        h.add(upload(registry, "content-stream bomb again", "content2.pdf", contentBomb, 413, "PDF_BOMB"));
        // JSON bodies.
        h.add(new Hostile("login with an array", () -> Api.at(base).postRaw("/api/auth/login", "[1,2]"),
                400, "JSON_INVALID"));
        h.add(new Hostile("login with password {}", () -> Api.at(base).postRaw("/api/auth/login",
                "{\"username\":\"registry\",\"password\":{}}"), 400, "JSON_INVALID"));
        h.add(new Hostile("malformed JSON", () -> clerk.putRaw("/api/letters/" + letter + "/extraction",
                "{\"senderUnit\": \"x\""), 400, "JSON_INVALID"));
        h.add(new Hostile("roles as a string", () -> admin.postRaw("/api/users",
                "{\"username\":\"x1\",\"displayName\":\"某某\",\"password\":\"aVeryGood-pass1\",\"roles\":\"X\"}"), 400,
                "JSON_INVALID"));
        h.add(new Hostile("17 MB correction", () -> clerk.put("/api/letters/" + letter + "/extraction",
                with(extraction, "note", "字".repeat(17 * 1024 * 1024 / 3))), 413, "REQUEST_TOO_LARGE"));
        h.add(new Hostile("201-character sender unit", () -> clerk.put("/api/letters/" + letter + "/extraction",
                with(extraction, "senderUnit", "单".repeat(201))), 400, "REQUESTING_UNIT_TOO_LONG"));
        h.add(new Hostile("10 MB display name", () -> admin.post("/api/users", Json.createObjectBuilder()
                .add("username", "x2").add("displayName", "名".repeat(10 * 1024 * 1024 / 3))
                .add("password", "aVeryGood-pass1").add("roles", Json.createArrayBuilder().add("HANDLER")).build()),
                413, "REQUEST_TOO_LARGE"));
        h.add(new Hostile("101-character display name", () -> admin.post("/api/users", Json.createObjectBuilder()
                .add("username", "hostile3").add("displayName", "名".repeat(101)).add("password", "aVeryGood-pass1")
                .add("roles", Json.createArrayBuilder().add("HANDLER")).build()), 400, "DISPLAY_NAME_TOO_LONG"));
        return h;
    }

    private static Hostile upload(Api api, String what, String name, byte[] content, int status, String code) {
        return new Hostile(what, () -> api.upload(name, content), status, code);
    }

    private static JsonObject with(JsonObject o, String key, String value) {
        JsonObjectBuilder b = Json.createObjectBuilder(o);
        b.add(key, value);
        return b.build();
    }

    /** The largest heap left after any collection: what the server still held, garbage aside. */
    private static long liveHeapAfterFullCollectionMb(ServerProcess server, Path gcLog) throws IOException {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(server.jvm().pid()), "GC.run").redirectErrorStream(true).start();
            assertEquals(0, jcmd.waitFor(), new String(jcmd.getInputStream().readAllBytes()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        // The log may reach the file a moment after jcmd returns, and may have rotated (gc.log.0 …): all of it, polled.
        List<String> full = List.of();
        for (int i = 0; i < 50 && full.isEmpty(); i++) {
            try (var files = Files.list(gcLog.getParent())) {
                full = files.filter(f -> f.getFileName().toString().startsWith(gcLog.getFileName().toString()))
                        .sorted(java.util.Comparator.comparingLong(f -> f.toFile().lastModified()))
                        .flatMap(f -> {
                            try {
                                return Files.readAllLines(f).stream();
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }).filter(l -> l.contains("Pause Full")).toList();
            }
            if (full.isEmpty()) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        assertFalse(full.isEmpty(), "the GC log has the full collection");
        Matcher m = GC.matcher(full.get(full.size() - 1));
        assertTrue(m.find(), full.get(full.size() - 1));
        return Long.parseLong(m.group(2));
    }
}
