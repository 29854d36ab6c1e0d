package com.creditquerydesk.it;

import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.LetterSpec.CandidateSpec;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.creditquerydesk.testsupport.Api.person;

/**
 * Issue 14, item 4 over HTTP: a listed person whose name the letter gives one character wrong is a possible hit
 * (docs/rules.md#R56), held for the second review like a hit; confirmed, the reply lists him (docs/rules.md#R57).
 */
class PossibleHitIT {

    /** In the demo register (src/main/resources/demo/register-sample.csv): 王艳明, 1101051976****2715. */
    private static final String LISTED_ID = Workflow.idMatchingMask("1101051976", "2715");
    /** 明 read as its look-alike 朋. */
    private static final String MISREAD = "王艳朋";

    private final Api handler = Api.as("handler");

    @Test
    void aListedPersonsMisreadNameIsAPossibleHitWhichTheReviewerConfirmsAndTheReplyLists() throws Exception {
        String id = Workflow.verifiedLetter(Workflow.letterWith(1401, List.of(
                new CandidateSpec(MISREAD, LISTED_ID),
                new CandidateSpec("王艳明", Workflow.idMatchingMask("1101051977", "2715")),
                new CandidateSpec("王小明", ScreeningIT.CLEAN_ID))));
        Api.Response screened = handler.post("/api/letters/" + id + "/screening", Json.createObjectBuilder().build());
        assertEquals(200, screened.status(), screened.body());
        JsonObject s = screened.json();
        JsonArray results = s.getJsonArray("results");
        assertEquals(List.of("POSSIBLE_HIT", "NO_RECORD", "NO_RECORD"),
                results.stream().map(v -> v.asJsonObject().getString("outcome")).toList(),
                "same name with other digits stays no record");
        assertEquals(0, s.getInt("hitCount"), "hitCount counts the exact rule only");
        assertEquals(1, s.getInt("possibleHitCount"));
        JsonObject possible = results.getJsonObject(0);
        assertEquals(0, possible.getInt("hitCount"));
        assertTrue(possible.getBoolean("awaitsReview"));
        assertEquals(0, possible.getJsonArray("records").size());
        JsonObject record = possible.getJsonArray("possibleRecords").getJsonObject(0);
        assertEquals("王艳明", record.getString("name"));
        assertEquals("1101051976****2715", record.getString("idNumber"), "the register's masked ID only");
        assertEquals("LOOK_ALIKE", record.getString("reason"));
        assertEquals("形近字", record.getString("reasonLabel"));
        assertEquals("（2021）京0105执6882号", record.getString("caseNumber"));
        assertEquals("IN_REVIEW", handler.get("/api/letters/" + id).json().getString("status"));

        // Held like a hit: no draft yet, and only another person reviews it, with a reason.
        assertEquals(409, handler.post("/api/letters/" + id + "/reply", Json.createObjectBuilder().build()).status());
        String review = "/api/letters/" + id + "/screening/results/1/review";
        assertEquals(403, handler.post(review, Json.createObjectBuilder().add("decision", "CONFIRM").add("note", "x").build())
                .status());
        Api reviewer = Api.as("reviewer");
        Api.Response noReason = reviewer.post(review, Json.createObjectBuilder().add("decision", "CONFIRM").build());
        assertEquals(400, noReason.status(), noReason.body());
        assertTrue(noReason.body().contains("确认疑似命中须填写理由"), noReason.body());
        Api.Response confirmed = reviewer.post(review, Json.createObjectBuilder().add("decision", "CONFIRM")
                .add("note", "来函页面为王艳明，与名单记录一致，识别误为王艳朋").build());
        assertEquals(200, confirmed.status(), confirmed.body());
        JsonObject after = confirmed.json().getJsonArray("results").getJsonObject(0);
        assertEquals("HIT", after.getString("outcome"));
        assertEquals("CONFIRMED", after.getJsonObject("review").getString("decision"));
        assertEquals(person("reviewer", "陈复核"), after.getJsonObject("review").getJsonObject("reviewer"));
        assertEquals(0, confirmed.json().getInt("hitCount"));
        assertEquals("REVIEWED", handler.get("/api/letters/" + id).json().getString("status"));

        JsonArray events = Api.as("auditor").get("/api/audit?action=POSSIBLE_HIT_CONFIRMED&limit=50").json()
                .getJsonArray("items");
        assertTrue(events.stream().map(JsonObject.class::cast).anyMatch(e -> e.getJsonObject("actor").getString("username").equals("reviewer")
                && e.getString("detail").contains("第 1 位 " + MISREAD) && e.getString("detail").contains("王艳明（形近字）")
                && e.getString("detail").contains("识别误为王艳朋")), events.toString());

        Api.Response draft = handler.post("/api/letters/" + id + "/reply", Json.createObjectBuilder().build());
        assertEquals(200, draft.status(), draft.body());
        String text = ReplyIT.text(handler.get("/api/letters/" + id + "/reply.pdf").bytes());
        assertTrue(text.contains("系失信联合惩戒对象"), text);
        assertTrue(text.contains("（2021）京0105执6882号"), "the confirmed record's 案号: " + text);
        assertTrue(text.contains("未发现失信联合惩戒对象记录"), "the others: " + text);
        assertFalse(text.replaceAll("\\s", "").contains(MISREAD + "未发现"), text);
    }
}
