package com.creditquerydesk.it;

import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.Databases;
import com.creditquerydesk.testsupport.ServerProcess;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.LetterGenerator;
import com.creditquerydesk.testsupport.letters.LetterSpec;
import com.creditquerydesk.testsupport.letters.ScanLetterRenderer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A letter whose server was killed with kill -9 while reading it is taken over by another server (another node id)
 * once the dead server's lease expired, and read to completion exactly once (docs/rules.md#R80): one start, one
 * resume by the other node, one end in the trail.
 */
class JobTakeoverIT {

    private static final int LEASE_SECONDS = 25;

    @TempDir
    Path work;

    @Test
    void aLetterIsTakenOverAfterTheDeadServersLeaseAndReadOnce() throws InterruptedException {
        // The takeover is under test here, not the reading of rare name characters (the accuracy report's).
        LetterSpec spec = Workflow.withCommonNameCharacters(LetterGenerator.generate(606, 40));
        List<BufferedImage> pages = ScanLetterRenderer.render(spec, ScanLetterRenderer.ScanOptions.clean(300));
        // H2 in its data directory, or in the PostgreSQL pass a database of its own.
        Map<String, String> env = new HashMap<>(Databases.fresh("cqd_takeover"));
        env.putAll(Map.of("CQD_DEMO", "true", "CQD_NODE_ID", "node-a",
                "CQD_JOBS_LEASE_SECONDS", String.valueOf(LEASE_SECONDS), "CQD_JOBS_POLL_SECONDS", "1"));
        try (ServerProcess server = new ServerProcess(work, 330, env).start()) {
            Api registry = Api.at(server.baseUrl()).login("registry", "demo-registry");
            String id = IntakeIT.created(registry.upload("接管.tif", ScanLetterRenderer.tiff(pages))).getString("id");
            JsonObject letter = registry.get("/api/letters/" + id + "/status").json();
            while (letter.getString("status").equals("RECEIVED") || letter.getString("status").equals("EXTRACTING")
                    && letter.getJsonObject("progress").getInt("pagesDone") == 0) {
                Thread.sleep(100);
                letter = registry.get("/api/letters/" + id + "/status").json();
            }
            assertEquals("EXTRACTING", letter.getString("status"), "still being read when killed: " + letter);
            server.kill();
            Instant killed = Instant.now();
            // The same database, another server: node-a's lease is not its own to release.
            server.withEnv("CQD_NODE_ID", "node-b").start();
            Api clerk = Api.at(server.baseUrl()).login("clerk", "demo-clerk");
            JsonObject read = Workflow.awaitRead(clerk, id);
            ExtractionIT.assertCandidatesReadAs(spec, read, true);
            Api auditor = Api.at(server.baseUrl()).login("auditor", "demo-auditor");
            assertEquals(1, events(auditor, id, "EXTRACTION_STARTED").size());
            assertEquals(1, events(auditor, id, "EXTRACTION_DONE").size());
            List<JsonObject> resumed = events(auditor, id, "EXTRACTION_RESUMED");
            assertEquals(1, resumed.size(), resumed.toString());
            Instant resumedAt = Instant.parse(resumed.get(0).getString("occurredAt"));
            assertFalse(resumedAt.isBefore(killed.plus(Duration.ofSeconds(LEASE_SECONDS - 12))),
                    "taken over only once node-a's lease (renewed every " + LEASE_SECONDS / 3 + " s) expired: killed "
                            + killed + ", resumed " + resumedAt);
            assertTrue(auditor.get("/api/audit/verify").json().getBoolean("intact"));
        }
    }

    private static List<JsonObject> events(Api auditor, String letterId, String action) {
        return auditor.get("/api/audit?letterId=" + letterId + "&action=" + action).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }
}
