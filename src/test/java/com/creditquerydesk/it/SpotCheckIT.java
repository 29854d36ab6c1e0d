package com.creditquerydesk.it;

import com.creditquerydesk.domain.shared.Sha256;
import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.LetterSpec.CandidateSpec;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.creditquerydesk.testsupport.Api.person;

/**
 * Issue 16 §4 over HTTP: 抽查抽检 (docs/rules.md#R78). Two replies signed in the test, one naming a hit; the register
 * then loses the hit's record; the other reply's stored file is tampered with. The draw reproduces the hit as of its
 * screening, lists the record gone from today's register, and catches the tampered file; the verdicts are recorded and
 * audited. The register and the file are restored at the end.
 */
class SpotCheckIT {

    private static final String LISTED_ID = Workflow.idMatchingMask("4202021976", "8087");

    private final Api auditor = Api.as("auditor");

    private static String sample() throws IOException {
        try (InputStream in = SpotCheckIT.class.getResourceAsStream("/demo/register-sample.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void ok(Api.Response r) {
        assertTrue(r.status() == 200 || r.status() == 201, r.body());
    }

    private static String signedWithAHit() throws IOException {
        assertEquals("DONE", Workflow.importRegister(Api.as("admin"), sample(), "snapshot", "register-sample.csv")
                .getString("status"));
        String id = Workflow.verifiedLetter(Workflow.letterWith(1621, List.of(new CandidateSpec("罗勇", LISTED_ID))));
        Api handler = Api.as("handler");
        ok(handler.post("/api/letters/" + id + "/screening", Json.createObjectBuilder().build()));
        ok(Api.as("reviewer").post("/api/letters/" + id + "/screening/results/1/review",
                Json.createObjectBuilder().add("decision", "CONFIRM").build()));
        ok(handler.post("/api/letters/" + id + "/reply", Json.createObjectBuilder().build()));
        return sign(id);
    }

    private static String sign(String id) {
        Api officer = Api.as("officer");
        ok(officer.post("/api/letters/" + id + "/sign-off", officer.signOffBody("demo-officer")));
        return id;
    }

    private static JsonObject item(JsonObject check, String letterId) {
        return check.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("letterId").equals(letterId)).findFirst().orElseThrow(() ->
                        new AssertionError(letterId + " not drawn: " + check));
    }

    @Test
    void aDrawReproducesAsOfItsTimeListsWhatChangedSinceAndCatchesATamperedFile() throws IOException {
        String hit = signedWithAHit();
        String clean = sign(Workflow.draftedLetterWithoutHits(Api.BASE, 1622));
        LocalDate today = LocalDate.now(ZoneId.of(Api.anonymous().get("/api/settings").json().getString("zone")));
        byte[] pdf = Api.as("officer").get("/api/letters/" + clean + "/reply.pdf").bytes();
        Path stored = Path.of(System.getProperty("cqd.it.data.dir", "data"), "files",
                Sha256.hex(pdf).substring(0, 2), Sha256.hex(pdf));
        assertTrue(Files.exists(stored), stored.toString());
        byte[] original = Files.readAllBytes(stored);
        assertEquals("DONE", Workflow.importRegister(Api.as("admin"),
                sample().replaceAll("(?m)^罗勇,.*\\R", ""), "snapshot", "without-luo.csv").getString("status"));
        JsonObject period = Json.createObjectBuilder().add("from", today.toString()).add("to", today.toString())
                .add("percent", 100).build();
        try {
            byte[] tampered = original.clone();
            tampered[tampered.length / 2] ^= 0x01;
            Files.write(stored, tampered);

            Api.Response refused = Api.as("handler").post("/api/spot-checks", period);
            assertEquals(403, refused.status(), refused.body());
            assertEquals("FORBIDDEN", refused.json().getString("code"));
            assertTrue(refused.json().getString("message").contains("直接负责人"), refused.body());
            IntakeIT.assertBilingual(refused.json());
            assertEquals(403, Api.as("admin").post("/api/spot-checks", period).status());
            Api.Response noSize = auditor.post("/api/spot-checks", Json.createObjectBuilder()
                    .add("from", today.toString()).add("to", today.toString()).build());
            assertEquals(400, noSize.status(), noSize.body());
            assertEquals("SAMPLE_SIZE_REQUIRED", noSize.json().getString("code"));

            Api.Response drawn = auditor.post("/api/spot-checks", period);
            assertEquals(201, drawn.status(), drawn.body());
            JsonObject check = drawn.json();
            assertFalse(check.getString("seed").isBlank(), "the seed is kept");
            assertEquals(check.getInt("population"), check.getJsonArray("items").size(), "100% draws them all");
            assertTrue(check.getBoolean("defect"), "the tampered file is a defect");
            assertFalse(drawn.body().contains(LISTED_ID) || drawn.body().contains("罗勇"), "no personal data in clear");

            JsonObject h = item(check, hit);
            assertTrue(h.getBoolean("asOfReproduced"), h.toString());
            assertEquals(List.of(), h.getJsonArray("asOfDifferences").getValuesAs(jakarta.json.JsonString::getString));
            assertEquals(List.of("第 1 位（罗*）：原命中记录 （2018）鄂0202执9851号 未再出现"),
                    h.getJsonArray("todayDifferences").getValuesAs(jakarta.json.JsonString::getString));
            assertTrue(h.getBoolean("fileIntact") && h.getBoolean("signatureValid"), h.toString());
            assertFalse(h.getBoolean("defect"));

            JsonObject c = item(check, clean);
            assertFalse(c.getBoolean("fileIntact"), c.toString());
            assertTrue(c.getBoolean("defect"));
            assertTrue(c.getString("fileProblem").contains("复函文件"), c.toString());
            // A defect is an alarm on the system administrator's 工作台, not on anyone else's (docs/rules.md#R78).
            assertTrue(Api.as("admin").get("/api/workbench").json().getJsonArray("spotCheckDefects").stream()
                    .anyMatch(d -> d.asJsonObject().getString("spotCheckId").equals(check.getString("id"))));
            assertEquals(0, Api.as("handler").get("/api/workbench").json().getJsonArray("spotCheckDefects").size());

            // The checker's verdicts: 不一致 needs a note, each is given once; the 直接负责人 may read the check.
            String path = "/api/spot-checks/" + check.getString("id") + "/items/";
            Api.Response noNote = auditor.put(path + c.getInt("number"), Json.createObjectBuilder()
                    .add("verdict", "INCONSISTENT").build());
            assertEquals(400, noNote.status(), noNote.body());
            assertEquals("VERDICT_NOTE_REQUIRED", noNote.json().getString("code"));
            ok(auditor.put(path + c.getInt("number"), Json.createObjectBuilder().add("verdict", "INCONSISTENT")
                    .add("note", "存档复函文件无法读取").build()));
            Api.Response judged = Api.as("reviewer").put(path + h.getInt("number"),
                    Json.createObjectBuilder().add("verdict", "CONSISTENT").build());
            assertEquals(200, judged.status(), judged.body());
            assertEquals(409, auditor.put(path + h.getInt("number"), Json.createObjectBuilder()
                    .add("verdict", "INCONSISTENT").add("note", "改").build()).status());

            JsonObject again = Api.as("reviewer").get("/api/spot-checks/" + check.getString("id")).json();
            assertEquals(check.getString("seed"), again.getString("seed"));
            assertEquals("不一致", item(again, clean).getString("verdictLabel"));
            assertEquals("存档复函文件无法读取", item(again, clean).getString("note"));
            assertEquals("一致", item(again, hit).getString("verdictLabel"));
            assertEquals(person("reviewer", "陈复核"), item(again, hit).getJsonObject("checkedBy"));

            List<String> actions = auditor.get("/api/audit?limit=200").json().getJsonArray("items").stream()
                    .map(v -> v.asJsonObject().getString("action")).toList();
            assertTrue(actions.contains("SPOT_CHECK_DRAWN") && actions.contains("SPOT_CHECK_JUDGED"), actions.toString());
        } finally {
            Files.write(stored, original);
            Workflow.importRegister(Api.as("admin"), sample(), "snapshot", "register-sample.csv");
        }
    }
}
