package com.creditquerydesk.it;

import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.ServerProcess;
import com.creditquerydesk.testsupport.TestFiles;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.LetterGenerator;
import com.creditquerydesk.testsupport.letters.LetterSpec;
import com.creditquerydesk.testsupport.letters.ScanLetterRenderer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A server killed with kill -9 and restarted keeps every letter that was answered 201 (issue 2, "Must show") and
 * finishes reading a letter it was in the middle of (issue 3, "Must show").
 */
class CrashRecoveryIT {

    @TempDir
    Path work;

    @Test
    void everyAcknowledgedLetterSurvivesKillMinus9() {
        List<JsonObject> acknowledged = new ArrayList<>();
        try (ServerProcess server = new ServerProcess(work, 300, Map.of("CQD_DEMO", "true")).start()) {
            Api registry = Api.at(server.baseUrl()).login("registry", "demo-registry");
            for (int i = 0; i < 5; i++) {
                acknowledged.add(IntakeIT.created(registry.upload("crash-" + i + ".pdf",
                        TestFiles.pdf(1, UUID.randomUUID().toString()))));
            }
            server.kill();
            server.start();
            Api after = Api.at(server.baseUrl()).login("registry", "demo-registry");
            Api clerk = Api.at(server.baseUrl()).login("clerk", "demo-clerk");
            for (JsonObject letter : acknowledged) {
                Api.Response r = after.get("/api/letters/" + letter.getString("id"));
                assertEquals(200, r.status(), r.body());
                assertEquals(letter.getString("receiptNumber"), r.json().getString("receiptNumber"));
                assertEquals(200, clerk.get("/api/letters/" + letter.getString("id") + "/file").status());
            }
            JsonObject verify = Api.at(server.baseUrl()).login("auditor", "demo-auditor").get("/api/audit/verify").json();
            assertTrue(verify.getBoolean("intact"), verify.toString());
            // Numbering continues without a gap after the crash.
            JsonObject next = IntakeIT.created(after.upload("after.pdf", TestFiles.pdf(1, UUID.randomUUID().toString())));
            String last = acknowledged.get(4).getString("receiptNumber");
            int lastSerial = Integer.parseInt(last.substring(last.indexOf('-') + 1));
            String now = next.getString("receiptNumber");
            assertEquals(lastSerial + 1, Integer.parseInt(now.substring(now.indexOf('-') + 1)));
        }
    }

    @Test
    void aLetterBeingReadWhenTheServerIsKilledIsReadAfterTheRestart() throws InterruptedException {
        // The restart is under test here, not the reading of rare name characters (the accuracy report's).
        LetterSpec spec = Workflow.withCommonNameCharacters(LetterGenerator.generate(505, 50));
        List<BufferedImage> pages = ScanLetterRenderer.render(spec, ScanLetterRenderer.ScanOptions.clean(300));
        try (ServerProcess server = new ServerProcess(work, 310, Map.of("CQD_DEMO", "true")).start()) {
            Api registry = Api.at(server.baseUrl()).login("registry", "demo-registry");
            String id = IntakeIT.created(registry.upload("扫描件.tif", ScanLetterRenderer.tiff(pages))).getString("id");
            // Killed once the first page is read and before the last.
            JsonObject letter = registry.get("/api/letters/" + id).json();
            while (letter.getString("status").equals("RECEIVED")
                    || letter.getString("status").equals("EXTRACTING")
                    && letter.getJsonObject("progress").getInt("pagesDone") == 0) {
                Thread.sleep(100);
                letter = registry.get("/api/letters/" + id).json();
            }
            assertEquals("EXTRACTING", letter.getString("status"), "still being read when killed: " + letter);
            server.kill();
            server.start();
            Api after = Api.at(server.baseUrl()).login("clerk", "demo-clerk");
            JsonObject read = Workflow.awaitRead(after, id);
            ExtractionIT.assertCandidatesReadAs(spec, read, true);
            assertEquals(pages.size(), read.getJsonObject("progress").getInt("pagesDone"));
            // Asked by action: the polling above writes one LETTER_READ per look and would push it off a page.
            JsonObject events = Api.at(server.baseUrl()).login("auditor", "demo-auditor")
                    .get("/api/audit?letterId=" + id + "&action=EXTRACTION_RESUMED").json();
            assertEquals(1, events.getJsonArray("items").size(), events.toString());
        }
    }
}
