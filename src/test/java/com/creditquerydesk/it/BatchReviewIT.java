package com.creditquerydesk.it;

import com.creditquerydesk.testsupport.Accounts;
import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.LetterSpec.CandidateSpec;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17 over HTTP: 批量确认 of several hits of one letter (docs/rules.md#R102), the queue's 命中人数 and the
 * 常用意见 the system administrator keeps (docs/rules.md#R103).
 */
public class BatchReviewIT {

    /** On the demo register (src/main/resources/demo/register-sample.csv); the browser test uses them too. */
    public static final CandidateSpec LUO = new CandidateSpec("罗勇", Workflow.idMatchingMask("4202021976", "8087"));
    public static final CandidateSpec ZHANG = new CandidateSpec("张娜勇", Workflow.idMatchingMask("6101131972", "9409"));
    public static final CandidateSpec HU = new CandidateSpec("胡桂", Workflow.idMatchingMask("4403051998", "4935"));
    static final CandidateSpec CLEAN = new CandidateSpec("王小明", Workflow.idMatchingMask("1101051990", "1234"));

    private final Api handler = Api.as("handler");
    private final Api reviewer = Api.as("reviewer");
    private final Api auditor = Api.as("auditor");

    private String screened(long seed, List<CandidateSpec> candidates) {
        String id = Workflow.verifiedLetter(Workflow.letterWith(seed, candidates));
        Api.Response s = handler.post("/api/letters/" + id + "/screening", Json.createObjectBuilder().build());
        assertEquals(200, s.status(), s.body());
        return id;
    }

    private static JsonObject batch(Integer... results) {
        return Json.createObjectBuilder().add("results", Json.createArrayBuilder(List.of(results)))
                .add("note", "姓名、身份证号码与名单记录一致，确认命中。").build();
    }

    private List<JsonObject> events(String letter, String action) {
        return auditor.get("/api/audit?letterId=" + letter + "&action=" + action + "&limit=50").json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    /** The reviews of the letter's results, as the reviewer sees them: index → decision, "-" while none. */
    private Map<Integer, String> reviews(String letter) {
        JsonArray results = reviewer.get("/api/letters/" + letter + "/screening").json().getJsonArray("results");
        return results.stream().map(JsonValue::asJsonObject).collect(Collectors.toMap(r -> r.getInt("index"),
                r -> r.containsKey("review") && !r.isNull("review") ? r.getJsonObject("review").getString("decision") : "-"));
    }

    private static void assertRefusedBilingual(int status, String code, Api.Response r) {
        assertEquals(status, r.status(), r.body());
        assertEquals(code, r.json().getString("code"), r.body());
        IntakeIT.assertBilingual(r.json());
    }

    @Test
    void aReviewerConfirmsThreeHitsOfALetterAtOnceEachRecordedOnItsOwn() {
        String letter = screened(1701, List.of(LUO, CLEAN, ZHANG, HU));
        String other = screened(1702, List.of(CLEAN, LUO));
        Map<Integer, String> before = reviews(letter);
        assertEquals(Map.of(1, "-", 2, "-", 3, "-", 4, "-"), before);

        // The queue's 命中人数: flagged and awaiting review, per letter; a letter never screened is left out.
        String unscreened = Workflow.verifiedLetter(Workflow.letterWith(1703, List.of(CLEAN)));
        JsonArray counts = reviewer.get("/api/screening/counts?letterId=" + letter + "&letterId=" + other
                + "&letterId=" + unscreened).json().getJsonArray("items");
        assertEquals(2, counts.size(), counts.toString());
        assertEquals(Json.createObjectBuilder().add("letterId", letter).add("flagged", 3).add("awaiting", 3).build(),
                counts.getJsonObject(0));
        assertEquals(1, counts.getJsonObject(1).getInt("flagged"));

        // Candidate 2 is a hit of the other letter, not of this one: the whole batch is refused, nothing changes.
        assertRefusedBilingual(409, "NOT_A_HIT", reviewer.post("/api/letters/" + letter + "/screening/reviews", batch(1, 2)));
        assertRefusedBilingual(404, "RESULT_NOT_FOUND", reviewer.post("/api/letters/" + letter + "/screening/reviews",
                batch(1, 5)));
        assertRefusedBilingual(400, "BATCH_EMPTY", reviewer.post("/api/letters/" + letter + "/screening/reviews", batch()));
        assertEquals(403, handler.post("/api/letters/" + letter + "/screening/reviews", batch(1, 3)).status());
        assertEquals(before, reviews(letter));
        assertEquals(List.of(), events(letter, "HIT_CONFIRMED"));
        assertEquals("IN_REVIEW", handler.get("/api/letters/" + letter).json().getString("status"));

        Api.Response done = reviewer.post("/api/letters/" + letter + "/screening/reviews", batch(1, 3, 4));
        assertEquals(200, done.status(), done.body());
        assertEquals(Map.of(1, "CONFIRMED", 2, "-", 3, "CONFIRMED", 4, "CONFIRMED"), reviews(letter));
        List<JsonObject> confirmed = events(letter, "HIT_CONFIRMED");
        assertEquals(3, confirmed.size(), confirmed.toString());
        String details = confirmed.stream().map(e -> e.getString("detail")).collect(Collectors.joining("\n"));
        for (String s : List.of("第 1 位（批量确认 3 人） 罗勇", "第 3 位（批量确认 3 人） 张娜勇", "第 4 位（批量确认 3 人） 胡桂",
                "理由：姓名、身份证号码与名单记录一致")) {
            assertTrue(details.contains(s), s + " in " + details);
        }
        assertEquals(1, events(letter, "REVIEW_COMPLETED").size());
        assertEquals("REVIEWED", handler.get("/api/letters/" + letter).json().getString("status"));
        assertRefusedBilingual(409, "LETTER_NOT_IN_REVIEW",
                reviewer.post("/api/letters/" + letter + "/screening/reviews", batch(1)));
        assertEquals(List.of(), events(other, "HIT_CONFIRMED"), "the other letter is untouched");
    }

    /** The four-eyes rule of one review holds for a batch: who screened the letter confirms none of its hits. */
    @Test
    void whoScreenedTheLetterConfirmsNoneOfItsHitsInABatch() {
        Accounts.Account both = Accounts.open("HANDLER", "REVIEWER");
        Api admin = Api.as("admin");
        String letter = Workflow.verifiedLetter(Workflow.letterWith(1704, List.of(LUO, ZHANG)));
        JsonObject toBoth = Json.createObjectBuilder().add("handler", both.username()).add("reason", "测试：改派").build();
        assertEquals(200, admin.post("/api/letters/" + letter + "/handler", toBoth).status());
        Api self = both.login();
        Api.Response s = self.post("/api/letters/" + letter + "/screening", Json.createObjectBuilder().build());
        assertEquals(200, s.status(), s.body());
        assertEquals(200, admin.post("/api/letters/" + letter + "/handler", Json.createObjectBuilder()
                .add("handler", "handler").add("reason", "测试：改回").build()).status());

        assertRefusedBilingual(403, "REVIEWER_NOT_INDEPENDENT",
                self.post("/api/letters/" + letter + "/screening/reviews", batch(1, 2)));
        assertEquals(Map.of(1, "-", 2, "-"), reviews(letter));
        assertEquals(List.of(), events(letter, "HIT_CONFIRMED"));
        assertEquals(200, reviewer.post("/api/letters/" + letter + "/screening/reviews", batch(1, 2)).status());
        assertEquals(2, events(letter, "HIT_CONFIRMED").size());
    }

    @Test
    void theSystemAdministratorKeepsTheStockPhrasesTheReviewerReads() {
        Api admin = Api.as("admin");
        List<String> seeded = phrases(reviewer);
        assertTrue(seeded.size() >= 4 && seeded.contains("姓名、身份证号码与名单记录一致，确认命中。"), seeded.toString());

        assertRefusedBilingual(400, "PHRASE_DUPLICATE", admin.put("/api/settings/review-phrases", body("一致", " 一致")));
        assertRefusedBilingual(400, "PHRASES_MISSING", admin.putRaw("/api/settings/review-phrases", "{}"));
        assertEquals(403, reviewer.put("/api/settings/review-phrases", body("一致")).status());
        assertEquals(403, handler.get("/api/settings/review-phrases").status());
        assertEquals(seeded, phrases(reviewer), "nothing changed");

        try {
            Api.Response saved = admin.put("/api/settings/review-phrases", body(" 经核对为同一人。 ", "同名不同人，推翻。"));
            assertEquals(200, saved.status(), saved.body());
            assertEquals(List.of("经核对为同一人。", "同名不同人，推翻。"), phrases(reviewer));
            String detail = auditor.get("/api/audit?action=REVIEW_PHRASES_CHANGED&limit=1").json().getJsonArray("items")
                    .getJsonObject(0).getString("detail");
            assertTrue(detail.contains("2 条") && detail.contains("同名不同人，推翻。"), detail);
        } finally {
            assertEquals(200, admin.put("/api/settings/review-phrases", body(seeded.toArray(String[]::new))).status());
        }
    }

    private static List<String> phrases(Api api) {
        Api.Response r = api.get("/api/settings/review-phrases");
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("phrases").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    private static JsonObject body(String... phrases) {
        return Json.createObjectBuilder().add("phrases", Json.createArrayBuilder(List.of(phrases))).build();
    }
}
