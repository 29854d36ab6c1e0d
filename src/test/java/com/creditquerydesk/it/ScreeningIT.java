package com.creditquerydesk.it;

import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.LetterSpec.CandidateSpec;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issues 4 and 5 over HTTP: the register, screening to exactly one hit, as-of reproduction, the second review. */
class ScreeningIT {

    /** In the demo register (src/main/resources/demo/register-sample.csv): 罗勇, 4202021976****8087. */
    static final String LISTED_NAME = "罗勇";
    static final String LISTED_ID = Workflow.idMatchingMask("4202021976", "8087");
    private static final String NEAR_MISS_ID = Workflow.idMatchingMask("4202021977", "8087");
    static final String CLEAN_ID = Workflow.idMatchingMask("1101051990", "1234");

    private final Api admin = Api.as("admin");
    private final Api handler = Api.as("handler");

    @Test
    void aListedPersonANearMissAndACleanPersonGiveExactlyOneHitWhichASecondPersonReviews() throws IOException {
        String id = Workflow.verifiedLetter(Workflow.letterWith(501, List.of(
                new CandidateSpec("王小明", CLEAN_ID),
                new CandidateSpec(LISTED_NAME, NEAR_MISS_ID),
                new CandidateSpec(LISTED_NAME, LISTED_ID))));
        Api.Response screened = handler.post("/api/letters/" + id + "/screening", Json.createObjectBuilder().build());
        assertEquals(200, screened.status(), screened.body());
        JsonArray results = screened.json().getJsonArray("results");
        assertEquals(List.of("NO_RECORD", "NO_RECORD", "HIT"),
                results.stream().map(v -> v.asJsonObject().getString("outcome")).toList());
        JsonObject hit = results.getJsonObject(2);
        assertEquals(1, hit.getInt("hitCount"));
        assertEquals("（2018）鄂0202执9851号", hit.getJsonArray("records").getJsonObject(0).getString("caseNumber"));
        assertEquals("黄石市黄石港区人民法院", hit.getJsonArray("records").getJsonObject(0).getString("court"));
        assertEquals("IN_REVIEW", handler.get("/api/letters/" + id).json().getString("status"));

        // The handler may not review his own letter's hit; a reviewer must.
        assertEquals(403, handler.post("/api/letters/" + id + "/screening/results/3/review",
                Json.createObjectBuilder().add("decision", "CONFIRM").build()).status());
        Api reviewer = Api.as("reviewer");
        assertEquals(409, reviewer.post("/api/letters/" + id + "/screening/results/1/review",
                Json.createObjectBuilder().add("decision", "CONFIRM").build()).status(), "not a hit");
        Api.Response reviewed = reviewer.post("/api/letters/" + id + "/screening/results/3/review",
                Json.createObjectBuilder().add("decision", "CONFIRM").add("note", "姓名、身份证号码与名单一致").build());
        assertEquals(200, reviewed.status(), reviewed.body());
        assertEquals("CONFIRMED", reviewed.json().getJsonArray("results").getJsonObject(2).getJsonObject("review")
                .getString("decision"));
        assertEquals("REVIEWED", handler.get("/api/letters/" + id).json().getString("status"));

        // As of its time, the screening reproduces even after a newer snapshot removed the record.
        String screenedAt = screened.json().getString("screenedAt");
        int before = versions().size();
        importSnapshot(sampleRegister().replaceAll("(?m)^罗勇,.*\\R", ""), "without-luo.csv");
        JsonObject asOf = handler.get("/api/letters/" + id + "/screening?asOf=" + screenedAt).json();
        assertEquals("HIT", asOf.getJsonArray("results").getJsonObject(2).getString("outcome"));
        assertEquals(screened.json().getInt("registerVersion"), asOf.getInt("registerVersion"));
        JsonObject now = handler.get("/api/letters/" + id + "/screening?asOf=" + java.time.Instant.now()).json();
        assertEquals("NO_RECORD", now.getJsonArray("results").getJsonObject(2).getString("outcome"));
        // Put the sample back for the other tests.
        importSnapshot(sampleRegister(), "register-sample.csv");
        assertEquals(before + 2, versions().size());
    }

    @Test
    void importingTheSampleThenAModifiedSnapshotCountsAddedUpdatedAndRemoved() throws IOException {
        String sample = sampleRegister();
        JsonObject first = importSnapshot(sample, "register-sample.csv");
        String[] lines = sample.split("\n");
        // drop two records, change one (张娜勇 has now paid part), add one
        assertTrue(lines[2].startsWith("张娜勇,") && lines[2].contains(",全部未履行,"), lines[2]);
        lines[2] = lines[2].replace(",全部未履行,", ",部分未履行,");
        String modified = String.join("\n", java.util.Arrays.copyOfRange(lines, 0, lines.length - 2)) + "\n"
                + "新增人,1101051980****0012,北京市东城区人民法院,北京,（2026）京0101执1号,（2025）京0101民初1号,偿还借款,全部未履行,违反限制消费令,2026年01月05日,2026年02月01日\n";
        JsonObject second = importSnapshot(modified, "modified.csv");
        assertEquals("NEW_VERSION", second.getString("outcome"));
        assertCounts(second, 1, 27, 1, 2, 0);
        assertEquals(first.getInt("version") + 1, second.getInt("version"));
        JsonObject restored = importSnapshot(sample, "register-sample.csv");
        assertEquals("NEW_VERSION", restored.getString("outcome"));
        assertCounts(restored, 2, 27, 1, 1, 0);

        // Issue 19: the same file again makes no version; the job answers with the current one, says so, is audited.
        int versionsBefore = versions().size();
        JsonObject again = importSnapshot(sample, "register-sample-again.csv");
        assertEquals("UNCHANGED", again.getString("outcome"));
        assertEquals(restored.getInt("version"), again.getInt("version"));
        assertEquals("名单与当前版本 " + again.getInt("version") + " 相同，未建立新版本", again.getString("message"));
        assertTrue(again.getString("messageEn").contains("no new version"), again.toString());
        assertCounts(again, 0, 30, 0, 0, 0);
        assertEquals(versionsBefore, versions().size());
        JsonArray events = Api.as("auditor").get("/api/audit?action=REGISTER_IMPORT_UNCHANGED&limit=50").json()
                .getJsonArray("items");
        assertTrue(events.stream().map(v -> v.asJsonObject()).anyMatch(e -> e.getJsonObject("actor").getString("username").equals("admin")
                && e.getString("detail").contains("导入任务 " + again.getJsonNumber("id").longValue() + "（")),
                events.toString());
    }

    @Test
    void badRowsAreReportedWithoutAbortingTheImport() {
        String csv = "姓名,身份证号码,执行法院,省份,案号,执行依据文号,生效法律文书确定的义务,被执行人的履行情况,失信被执行人具体情形,立案时间,发布时间\n"
                + "甲乙,1101051980****0012,某法院,北京,（2026）京0101执2号,x,y,z,w,2026年01月05日,2026年02月01日\n"
                + "丙丁,NOT-AN-ID,某法院,北京,（2026）京0101执3号,x,y,z,w,2026年01月05日,2026年02月01日\n"
                + "戊己,1101051980****0013,某法院,北京,（2026）京0101执4号,x,y,z,w,2026年13月05日,2026年02月01日\n";
        JsonObject job = startAndWait(csv, "delta", "bad-rows.csv");
        assertEquals("DONE", job.getString("status"), job.toString());
        assertEquals(2, job.getJsonObject("counts").getJsonNumber("rejected").longValue());
        List<Long> rows = job.getJsonArray("rejected").stream().map(v -> v.asJsonObject().getJsonNumber("row").longValue()).toList();
        assertEquals(List.of(3L, 4L), rows);
        assertEquals(403, handler.upload("/api/register/imports", "x.csv", csv.getBytes(StandardCharsets.UTF_8),
                Map.of("mode", "delta")).status());
    }

    private static void assertCounts(JsonObject job, long added, long unchanged, long updated, long removed,
                                     long rejected) {
        JsonObject c = job.getJsonObject("counts");
        assertEquals(List.of(added, unchanged, updated, removed, rejected), List.of(c.getJsonNumber("added").longValue(),
                c.getJsonNumber("unchanged").longValue(), c.getJsonNumber("updated").longValue(),
                c.getJsonNumber("removed").longValue(), c.getJsonNumber("rejected").longValue()), job.toString());
    }

    private JsonArray versions() {
        return admin.get("/api/register/versions").structure().asJsonArray();
    }

    private JsonObject importSnapshot(String csv, String name) {
        JsonObject job = startAndWait(csv, "snapshot", name);
        assertEquals("DONE", job.getString("status"), job.toString());
        return job;
    }

    private JsonObject startAndWait(String csv, String mode, String name) {
        return Workflow.importRegister(admin, csv, mode, name);
    }

    private static String sampleRegister() throws IOException {
        try (InputStream in = ScreeningIT.class.getResourceAsStream("/demo/register-sample.csv")) {
            assertTrue(in != null);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
