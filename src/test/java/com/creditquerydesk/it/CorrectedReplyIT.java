package com.creditquerydesk.it;

import com.creditquerydesk.domain.shared.Sha256;
import com.creditquerydesk.testsupport.Accounts;
import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.TestFiles;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.LetterSpec;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15 §3–4 over HTTP: the 更正函 of an objection decided 更正, drafted, reviewed by a second person and signed off in
 * the replies' number sequence, the reply it corrects unchanged and its verify page pointing to it; the 不予受理告知 of a
 * refused letter, signed and numbered the same way; every refusal changing nothing (docs/rules.md#R89–R91).
 */
class CorrectedReplyIT {

    private static final AtomicLong SEEDS = new AtomicLong(9600);
    private static final JsonObject EMPTY = Json.createObjectBuilder().build();

    private final Api registry = Api.as("registry");
    private final Api handler = Api.as("handler");
    private final Api reviewer = Api.as("reviewer");
    private final Api officer = Api.as("officer");

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of(Api.anonymous().get("/api/settings").json().getString("zone")));
    }

    /** A letter signed off: its reply's JSON. */
    private JsonObject signedReply() {
        String id = Workflow.draftedLetterWithoutHits(Api.BASE, SEEDS.incrementAndGet());
        Api.Response signed = officer.post("/api/letters/" + id + "/sign-off", officer.signOffBody("demo-officer"));
        assertEquals(200, signed.status(), signed.body());
        return signed.json();
    }

    private String objectionOn(String letterId, String decision) {
        Api.Response opened = registry.upload("/api/objections", "异议申请.pdf", TestFiles.pdf(1, "objection "
                + SEEDS.incrementAndGet()), Map.of("replyId", letterId, "candidates", "1", "objector", "CANDIDATE",
                "receivedOn", today().toString(), "route", "SHAANXI_PROVINCIAL"));
        assertEquals(201, opened.status(), opened.body());
        String id = opened.json().getString("id");
        if (decision != null) {
            Api.Response decided = handler.post("/api/objections/" + id + "/outcome", Json.createObjectBuilder()
                    .add("decision", decision).add("reason", "经国家公共信用信息中心复核，该人员已列入失信被执行人名单").build());
            assertEquals(200, decided.status(), decided.body());
        }
        return id;
    }

    /** 李娜 had no record; the objection (by the unit, on the national centre's review) lists her on this record. */
    private static JsonObject listed() {
        return Json.createObjectBuilder().add("results", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("serial", 1).add("listed", true).add("court", "西安市雁塔区人民法院")
                .add("caseNumber", "（2026）陕0113执77号"))).build();
    }

    private static int serial(String number) {
        return Integer.parseInt(number.replaceAll(".*〕([0-9]+)号", "$1"));
    }

    private static void assertRefused(int status, String code, Api.Response r) {
        assertEquals(status, r.status(), r.body());
        assertEquals(code, r.json().getString("code"), r.body());
        IntakeIT.assertBilingual(r.json());
    }

    private static List<String> actions(String letter) {
        return Api.as("auditor").get("/api/audit?letterId=" + letter + "&limit=100").json().getJsonArray("items")
                .stream().map(v -> v.asJsonObject().getString("action")).toList();
    }

    private static boolean waitingFor(Api who, String followUpId) {
        return who.get("/api/follow-ups").structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .anyMatch(f -> f.getString("id").equals(followUpId));
    }

    @Test
    void theCorrectionIsReviewedSignedNumberedAfterTheRepliesAndNamedOnTheOriginalsVerifyPage() {
        JsonObject reply = signedReply();
        String letter = reply.getString("letterId");
        String originalPage = Api.anonymous().get("/verify/" + reply.getString("verificationCode")).body();
        byte[] originalPdf = handler.get("/api/letters/" + letter + "/reply.pdf").bytes();
        String objection = objectionOn(letter, "CORRECT");
        String path = "/api/objections/" + objection + "/correction";

        // bad input first: nothing is drafted
        assertRefused(400, "CORRECTION_RESULT_REQUIRED", handler.post(path, EMPTY));
        assertRefused(400, "CORRECTION_UNCHANGED", handler.post(path, Json.createObjectBuilder().add("results",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("serial", 1).add("listed", false))).build()));
        assertRefused(400, "CORRECTION_CANDIDATES", handler.post(path, Json.createObjectBuilder().add("results",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("serial", 2).add("listed", false))).build()));
        assertRefused(403, "NOT_YOUR_LETTER", Api.as("handler2").post(path, listed()));
        assertEquals(403, reviewer.post(path, listed()).status());
        assertRefused(404, "NO_CORRECTION", handler.get(path));
        assertFalse(actions(letter).contains("CORRECTION_DRAFTED"));

        Api.Response drafted = handler.post(path, listed());
        assertEquals(201, drafted.status(), drafted.body());
        JsonObject c = drafted.json();
        String id = c.getString("id");
        assertEquals(List.of("CORRECTION", "更正函", "DRAFTED", reply.getString("number")), List.of(c.getString("kind"),
                c.getString("kindLabel"), c.getString("status"), c.getString("corrects")));
        assertEquals(Json.createObjectBuilder().add("username", "handler").add("displayName", c.getJsonObject("draftedBy")
                .getString("displayName")).build(), c.getJsonObject("draftedBy"), "an actor is {username, displayName}");
        JsonObject candidate = c.getJsonArray("candidates").getJsonObject(0);
        assertEquals(List.of("李娜", "系失信联合惩戒对象"), List.of(candidate.getString("name"), candidate.getString("result")));
        assertTrue(candidate.getString("idNumber").contains("*"), "masked");
        assertRefused(409, "CORRECTION_EXISTS", handler.post(path, listed()));
        byte[] draftPdf = handler.get("/api/follow-ups/" + id + "/pdf").bytes();
        assertTrue(new String(draftPdf, 0, 5).startsWith("%PDF"));

        // four eyes: not the drafter, and not signed before the review
        assertRefused(409, "CORRECTION_NOT_REVIEWED", officer.post("/api/follow-ups/" + id + "/sign-off",
                officer.signOffBody("demo-officer")));
        assertTrue(waitingFor(reviewer, id));
        assertFalse(waitingFor(officer, id));
        assertEquals(403, handler.post(path + "/review", EMPTY).status(), "a handler is no reviewer");
        assertEquals("DRAFTED", handler.get(path).json().getString("status"), "nothing changed");
        Api.Response reviewed = reviewer.post(path + "/review", EMPTY);
        assertEquals(200, reviewed.status(), reviewed.body());
        assertEquals(List.of("REVIEWED", "reviewer"), List.of(reviewed.json().getString("status"),
                reviewed.json().getJsonObject("reviewedBy").getString("username")));
        assertRefused(409, "CORRECTION_ALREADY_REVIEWED", reviewer.post(path + "/review", EMPTY));
        assertTrue(waitingFor(officer, id));

        // signed off next in the replies' sequence: no gap, and the next reply after it
        Api.Response signed = officer.post("/api/follow-ups/" + id + "/sign-off", officer.signOffBody("demo-officer"));
        assertEquals(200, signed.status(), signed.body());
        JsonObject s = signed.json();
        assertEquals(serial(reply.getString("number")) + 1, serial(s.getString("number")), s.getString("number"));
        assertEquals("SIGNED", s.getString("status"));
        assertRefused(409, "FOLLOW_UP_SIGNED", officer.post("/api/follow-ups/" + id + "/sign-off",
                officer.signOffBody("demo-officer")));
        assertEquals(s.getString("number"), handler.get(path).json().getString("number"), "signed once");
        byte[] signedPdf = handler.get("/api/follow-ups/" + id + "/pdf").bytes();
        assertEquals(s.getString("sha256"), Sha256.hex(signedPdf));
        JsonObject next = signedReply();
        assertEquals(serial(s.getString("number")) + 1, serial(next.getString("number")));

        // the original is unchanged; its page names the correction and links its page, which links back
        assertTrue(java.util.Arrays.equals(originalPdf, handler.get("/api/letters/" + letter + "/reply.pdf").bytes()));
        assertFalse(originalPage.contains("更正"));
        String page = Api.anonymous().get("/verify/" + reply.getString("verificationCode")).body();
        assertTrue(page.contains("已被 <a href=\"/verify/" + s.getString("verificationCode") + "\">" + s.getString("number")
                + "</a> 更正"), page);
        Api.Response correctionPage = Api.anonymous().get("/verify/" + s.getString("verificationCode"));
        assertEquals(200, correctionPage.status());
        assertTrue(correctionPage.body().contains("更正函") && correctionPage.body().contains(s.getString("sha256")));
        assertTrue(correctionPage.body().contains("本函更正 <a href=\"/verify/" + reply.getString("verificationCode")
                + "\">" + reply.getString("number") + "</a>"), correctionPage.body());
        assertFalse(correctionPage.body().contains("李娜"), "no candidate on a public page");

        List<String> trail = actions(letter);
        assertTrue(trail.containsAll(List.of("CORRECTION_DRAFTED", "CORRECTION_REVIEWED", "CORRECTION_SIGNED_OFF")), trail.toString());
    }

    @Test
    void theDrafterCannotReviewHisOwnCorrectionEvenAsAReviewer() {
        Accounts.Account both = Accounts.open("HANDLER", "REVIEWER");
        String letter = Workflow.draftedLetterWithoutHits(Api.BASE, SEEDS.incrementAndGet());
        Api.Response reassigned = Api.as("admin").post("/api/letters/" + letter + "/handler", Json.createObjectBuilder()
                .add("handler", both.username()).add("reason", "测试：经办人兼复核人").build());
        assertEquals(200, reassigned.status(), reassigned.body());
        assertEquals(200, officer.post("/api/letters/" + letter + "/sign-off", officer.signOffBody("demo-officer")).status());
        Api hr = both.login();
        String objection = objectionOn(letter, null);
        assertEquals(200, hr.post("/api/objections/" + objection + "/outcome", Json.createObjectBuilder()
                .add("decision", "CORRECT").add("reason", "复核更正").build()).status());
        String path = "/api/objections/" + objection + "/correction";
        assertEquals(201, hr.post(path, listed()).status());
        assertRefused(403, "REVIEWER_IS_DRAFTER", hr.post(path + "/review", EMPTY));
        assertEquals("DRAFTED", hr.get(path).json().getString("status"), "nothing changed");
        assertFalse(actions(letter).contains("CORRECTION_REVIEWED"));
        assertEquals(200, reviewer.post(path + "/review", EMPTY).status(), "another reviewer may");
    }

    @Test
    void noCorrectionForAnObjectionNotDecidedCorrect() {
        String letter = signedReply().getString("letterId");
        String open = objectionOn(letter, null);
        assertRefused(409, "OBJECTION_NOT_CORRECTED", handler.post("/api/objections/" + open + "/correction", listed()));
        String upheld = objectionOn(letter, "UPHOLD");
        assertRefused(409, "OBJECTION_NOT_CORRECTED", handler.post("/api/objections/" + upheld + "/correction", listed()));
        assertRefused(404, "OBJECTION_NOT_FOUND", handler.post("/api/objections/no-such/correction", listed()));
        assertEquals(0, handler.get("/api/letters/" + letter + "/follow-ups").structure().asJsonArray().size());
    }

    @Test
    void aRefusedLettersNoticeIsSignedAndNumberedInTheSameSequence() {
        String letter = Workflow.verifiedLetter(Workflow.letterWith(SEEDS.incrementAndGet(), List.of(
                new LetterSpec.CandidateSpec("王小明",
                        Workflow.idMatchingMask("1101051990", "1234")))));
        String path = "/api/letters/" + letter + "/refusal-notice";
        assertRefused(409, "LETTER_NOT_REFUSED", registry.post(path, EMPTY));
        Api.Response refused = handler.post("/api/letters/" + letter + "/refusal", Json.createObjectBuilder()
                .add("reason", "WRONG_ADDRESSEE").build());
        assertEquals(200, refused.status(), refused.body());
        assertRefused(403, "NOT_YOUR_LETTER", Api.as("handler2").post(path, EMPTY));
        assertEquals(403, reviewer.post(path, EMPTY).status());
        assertEquals(0, handler.get("/api/letters/" + letter + "/follow-ups").structure().asJsonArray().size());

        Api.Response drafted = registry.post(path, EMPTY);
        assertEquals(201, drafted.status(), drafted.body());
        JsonObject n = drafted.json();
        assertEquals(List.of("REFUSAL_NOTICE", "不予受理告知", "DRAFTED", true), List.of(n.getString("kind"),
                n.getString("kindLabel"), n.getString("status"), n.getBoolean("awaitsSignOff")));
        assertEquals(0, n.getJsonArray("candidates").size(), "names no candidate");
        assertRefused(409, "REFUSAL_NOTICE_EXISTS", handler.post(path, EMPTY));

        JsonObject before = signedReply();
        Api.Response signed = officer.post("/api/follow-ups/" + n.getString("id") + "/sign-off",
                officer.signOffBody("demo-officer"));
        assertEquals(200, signed.status(), signed.body());
        JsonObject s = signed.json();
        assertEquals(serial(before.getString("number")) + 1, serial(s.getString("number")));
        assertRefused(409, "FOLLOW_UP_SIGNED", officer.post("/api/follow-ups/" + n.getString("id") + "/sign-off",
                officer.signOffBody("demo-officer")));
        Api.Response page = Api.anonymous().get("/verify/" + s.getString("verificationCode"));
        assertEquals(200, page.status());
        assertTrue(page.body().contains("不予受理告知") && page.body().contains(s.getString("number")), page.body());
        assertTrue(actions(letter).containsAll(List.of("REFUSAL_NOTICE_DRAFTED", "REFUSAL_NOTICE_SIGNED_OFF")));
    }
}
