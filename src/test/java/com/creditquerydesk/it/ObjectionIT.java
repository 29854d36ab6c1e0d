package com.creditquerydesk.it;

import com.creditquerydesk.domain.model.calendar.CalendarFile;
import com.creditquerydesk.domain.model.calendar.WorkingDayCalendar;
import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.TestFiles;
import com.creditquerydesk.testsupport.Workflow;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15 §4 over HTTP: an objection opened on a signed reply for its own candidates only, its hops due on working
 * days and closed in order, the centre's hop on the handler's 工作台, the outcome, and every refusal changing nothing
 * (docs/rules.md#R86–R88). The server runs on the real clock: the dates are relative to today; the rules across the
 * 2026 National Day week are ObjectionTest's.
 */
class ObjectionIT {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(List.of(CalendarFile.bundled()));
    private static final AtomicLong SEEDS = new AtomicLong(9100);

    private final Api registry = Api.as("registry");
    private final Api handler = Api.as("handler");

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of(Api.anonymous().get("/api/settings").json().getString("zone")));
    }

    private static String signedLetter() {
        String id = Workflow.draftedLetterWithoutHits(Api.BASE, SEEDS.incrementAndGet());
        Api officer = Api.as("officer");
        Api.Response signed = officer.post("/api/letters/" + id + "/sign-off", officer.signOffBody("demo-officer"));
        assertEquals(200, signed.status(), signed.body());
        return id;
    }

    private static Map<String, String> opening(String letterId, String candidates, LocalDate receivedOn) {
        return new HashMap<>(Map.of("replyId", letterId, "candidates", candidates, "objector", "CANDIDATE",
                "receivedOn", receivedOn.toString(), "route", "SHAANXI_PROVINCIAL"));
    }

    private static Api.Response open(Api as, Map<String, String> fields) {
        return as.upload("/api/objections", "异议申请.pdf", TestFiles.pdf(1, "objection " + SEEDS.incrementAndGet()), fields);
    }

    private static void assertRefused(int status, String code, Api.Response r) {
        assertEquals(status, r.status(), r.body());
        assertEquals(code, r.json().getString("code"), r.body());
        IntakeIT.assertBilingual(r.json());
    }

    private static JsonArray objectionsOf(String letterId) {
        Api.Response r = Api.as("handler").get("/api/objections?letterId=" + letterId);
        assertEquals(200, r.status(), r.body());
        return r.structure().asJsonArray();
    }

    private static List<String> actions(String letter) {
        return Api.as("auditor").get("/api/audit?letterId=" + letter + "&limit=100").json().getJsonArray("items")
                .stream().map(v -> v.asJsonObject().getString("action")).toList();
    }

    private static Optional<JsonObject> workbenchHop(String user, String objectionId) {
        return Api.as(user).get("/api/workbench").json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(i -> !none(i, "objection") && i.getJsonObject("objection").getString("id").equals(objectionId))
                .findFirst();
    }

    /** No value: left out or null, as the JSON binding writes it. */
    private static boolean none(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    private static JsonObject hop(JsonObject objection, int step) {
        return objection.getJsonArray("hops").getJsonObject(step - 1);
    }

    @Test
    void anObjectionIsOpenedOnlyOnASignedReplyAndForItsCandidates() {
        LocalDate today = today();
        String drafted = Workflow.draftedLetterWithoutHits(Api.BASE, SEEDS.incrementAndGet());
        assertRefused(409, "REPLY_NOT_SIGNED", open(registry, opening(drafted, "1", today)));
        assertEquals(0, objectionsOf(drafted).size(), "nothing recorded");

        String signed = signedLetter();
        assertRefused(400, "CANDIDATE_NOT_IN_REPLY", open(registry, opening(signed, "2", today)));
        assertRefused(400, "CANDIDATES_REQUIRED", open(registry, opening(signed, "", today)));
        assertRefused(400, "CANDIDATES_INVALID", open(registry, opening(signed, "一", today)));
        assertRefused(400, "RECEIVED_ON_IN_FUTURE", open(registry, opening(signed, "1", today.plusDays(1))));
        assertRefused(400, "RECEIVED_BEFORE_RESULT", open(registry, opening(signed, "1", today.minusDays(1))));
        Map<String, String> unknownRoute = opening(signed, "1", today);
        unknownRoute.put("route", "BEIJING");
        assertRefused(400, "ROUTE_UNKNOWN", open(registry, unknownRoute));
        Map<String, String> noObjector = opening(signed, "1", today);
        noObjector.put("objector", "NEIGHBOUR");
        assertRefused(400, "VALUE_UNKNOWN", open(registry, noObjector));
        assertRefused(415, "FILE_TYPE_UNSUPPORTED", registry.upload("/api/objections", "异议.pdf", TestFiles.exe(),
                opening(signed, "1", today)));
        assertRefused(403, "NOT_YOUR_LETTER", open(Api.as("handler2"), opening(signed, "1", today)));
        assertEquals(403, open(Api.as("reviewer"), opening(signed, "1", today)).status());
        assertEquals(0, objectionsOf(signed).size(), "no refusal recorded anything");
        assertFalse(actions(signed).contains("OBJECTION_OPENED"));

        Api.Response opened = open(handler, opening(signed, "1", today));
        assertEquals(201, opened.status(), opened.body());
        assertEquals(1, objectionsOf(signed).size());
    }

    @Test
    void theHopsAreDueOnWorkingDaysClosedInOrderAndTheCentresHopIsOnTheHandlersWorkbench() {
        LocalDate today = today();
        String letter = signedLetter();
        Api.Response opened = open(registry, opening(letter, "1", today));
        assertEquals(201, opened.status(), opened.body());
        JsonObject o = opened.json();
        String id = o.getString("id");
        assertFalse(o.getBoolean("late"));
        assertEquals(6, o.getJsonArray("hops").size());
        // the raise within 3 working days of the result (signed today, not yet dispatched), received today
        assertEquals(List.of("SUBJECT", "CLOSED", CALENDAR.plusWorkingDays(today, 3).toString()),
                List.of(hop(o, 1).getString("party"), hop(o, 1).getString("status"), hop(o, 1).getString("dueDate")));
        assertEquals("CLOSED", hop(o, 2).getString("status"), "the centre received it: the letter registered now");
        assertEquals(today.toString(), hop(o, 2).getString("closedOn"));
        assertEquals(List.of("CENTRE", "OPEN", CALENDAR.plusWorkingDays(today, 3).toString()),
                List.of(hop(o, 3).getString("party"), hop(o, 3).getString("status"), hop(o, 3).getString("dueDate")));
        assertEquals(List.of("NATIONAL_CENTRE", "WAITING"), List.of(hop(o, 4).getString("party"),
                hop(o, 4).getString("status")));
        assertTrue(none(hop(o, 4), "dueDate") && none(hop(o, 5), "dueDate"), "the national review has no limit");
        JsonObject candidate = o.getJsonArray("candidates").getJsonObject(0);
        assertEquals(1, candidate.getInt("serial"));
        assertEquals("李娜", candidate.getString("name"));
        assertTrue(candidate.getString("idNumber").matches("610113\\*{8}2222"), candidate.getString("idNumber"));
        assertFalse(opened.body().contains("6101131990"), "no ID in full");
        assertEquals(200, Api.as("officer").get("/api/objections/" + id).status());
        assertEquals(403, Api.as("secadmin").get("/api/objections/" + id).status());
        assertEquals(403, Api.as("auditor").get("/api/objections/" + id).status());

        // the centre's hop waits on the letter's handler's 工作台, nobody else's
        JsonObject item = workbenchHop("handler", id).orElseThrow();
        assertEquals("OBJECTION_HOP", item.getString("step"));
        assertEquals(3, item.getJsonObject("objection").getInt("step"));
        assertEquals(letter, item.getJsonObject("letter").getString("id"));
        assertTrue(workbenchHop("handler2", id).isEmpty());
        assertTrue(workbenchHop("registry", id).isEmpty());

        String hops = "/api/objections/" + id + "/hops/";
        assertRefused(409, "HOP_OUT_OF_ORDER", handler.post(hops + 4, date(today)));
        assertRefused(409, "HOP_ALREADY_CLOSED", handler.post(hops + 2, date(today)));
        assertRefused(404, "HOP_NOT_FOUND", handler.post(hops + 9, date(today)));
        assertRefused(400, "HOP_DATE_IN_FUTURE", handler.post(hops + 3, date(today.plusDays(1))));
        assertRefused(400, "HOP_DATE_REQUIRED", handler.post(hops + 3, Json.createObjectBuilder().build()));
        assertRefused(403, "NOT_YOUR_LETTER", Api.as("handler2").post(hops + 3, date(today)));
        assertEquals("OPEN", hop(handler.get("/api/objections/" + id).json(), 3).getString("status"), "nothing changed");

        Api.Response reported = handler.post(hops + 3, Json.createObjectBuilder().add("date", today.toString())
                .add("note", "已报国家公共信用信息中心").build());
        assertEquals(200, reported.status(), reported.body());
        assertEquals("已报国家公共信用信息中心", hop(reported.json(), 3).getString("note"));
        assertTrue(workbenchHop("handler", id).isEmpty(), "the national centre's review is not the centre's hop");

        Api.Response result = handler.upload(hops + 4, "复核结果.pdf", TestFiles.pdf(1, "national result " + id),
                Map.of("date", today.toString()));
        assertEquals(200, result.status(), result.body());
        JsonObject answer = hop(result.json(), 5);
        assertEquals(List.of("OPEN", CALENDAR.plusWorkingDays(today, 3).toString()),
                List.of(answer.getString("status"), answer.getString("dueDate")));
        assertEquals("复核结果.pdf", hop(result.json(), 4).getString("documentName"));
        assertEquals(5, workbenchHop("handler", id).orElseThrow().getJsonObject("objection").getInt("step"));

        // the written answer needs the outcome; a correction its reason
        assertRefused(409, "OUTCOME_REQUIRED", handler.post(hops + 5, date(today)));
        String outcome = "/api/objections/" + id + "/outcome";
        assertRefused(400, "CORRECTION_REASON_REQUIRED", handler.post(outcome,
                Json.createObjectBuilder().add("decision", "CORRECT").build()));
        assertRefused(400, "VALUE_UNKNOWN", handler.post(outcome, Json.createObjectBuilder().add("decision", "MAYBE").build()));
        assertRefused(403, "NOT_YOUR_LETTER", Api.as("handler2").post(outcome,
                Json.createObjectBuilder().add("decision", "UPHOLD").build()));
        assertTrue(none(handler.get("/api/objections/" + id).json(), "decision"), "nothing decided");
        Api.Response upheld = handler.post(outcome, Json.createObjectBuilder().add("decision", "UPHOLD")
                .add("reason", "国家公共信用信息中心复核维持").build());
        assertEquals(200, upheld.status(), upheld.body());
        assertEquals(List.of("UPHOLD", "维持"), List.of(upheld.json().getString("decision"),
                upheld.json().getString("decisionLabel")));
        assertRefused(409, "OBJECTION_ALREADY_DECIDED", handler.post(outcome,
                Json.createObjectBuilder().add("decision", "CORRECT").add("reason", "改判").build()));
        assertEquals(200, registry.post(hops + 5, date(today)).status());
        assertEquals(200, registry.post(hops + 6, date(today)).status());
        assertTrue(workbenchHop("handler", id).isEmpty());

        List<String> trail = actions(letter);
        assertTrue(trail.contains("OBJECTION_OPENED") && trail.contains("OBJECTION_DECIDED"), trail.toString());
        assertEquals(4, trail.stream().filter("OBJECTION_HOP_CLOSED"::equals).count(), trail.toString());
    }

    @Test
    void theStatisticsCountObjectionsByOutcomeAndTheWorkingDaysOfTheirHops() {
        LocalDate today = today();
        String period = "/api/statistics?from=" + today + "&to=" + today;
        JsonObject before = Api.as("auditor").get(period).json().getJsonObject("objections");
        Api.Response opened = open(registry, opening(signedLetter(), "1", today));
        assertEquals(201, opened.status(), opened.body());
        String id = opened.json().getString("id");
        Api.Response corrected = handler.post("/api/objections/" + id + "/outcome", Json.createObjectBuilder()
                .add("decision", "CORRECT").add("reason", "名单记录已由法院撤销").build());
        assertEquals(200, corrected.status(), corrected.body());

        JsonObject after = Api.as("auditor").get(period).json().getJsonObject("objections");
        for (String key : List.of("opened", "corrected", "undecided", "upheld", "late")) {
            long grew = key.equals("opened") || key.equals("corrected") ? 1 : 0;
            assertEquals(before.getInt(key) + grew, after.getInt(key), key + ": " + before + " → " + after);
        }
        // the unit received it today and the centre registered it today: the hop to the centre is closed
        JsonObject toCentre = hop(after, "REQUESTING_UNIT", "CENTRE").orElseThrow();
        assertEquals(hop(before, "REQUESTING_UNIT", "CENTRE").map(h -> h.getInt("closed")).orElse(0) + 1,
                toCentre.getInt("closed"));
        assertEquals("查询申请单位→本中心", toCentre.getString("label"));
        assertTrue(toCentre.containsKey("median") && toCentre.containsKey("p90"), toCentre.toString());

        Api.Response xlsx = Api.as("auditor").get("/api/statistics.xlsx?from=" + today + "&to=" + today);
        assertEquals(200, xlsx.status());
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.bytes()))) {
            var sheet = book.getSheet("异议办理");
            assertTrue(sheet != null, "the export has the objections' sheet");
            StringBuilder text = new StringBuilder();
            sheet.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('|')));
            assertTrue(text.toString().contains("登记异议 " + after.getInt("opened") + " 件"), text.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Optional<JsonObject> hop(JsonObject objections, String from, String to) {
        return objections.getJsonArray("hops").stream().map(JsonValue::asJsonObject)
                .filter(h -> h.getString("from").equals(from) && h.getString("to").equals(to)).findFirst();
    }

    private static JsonObject date(LocalDate d) {
        return Json.createObjectBuilder().add("date", d.toString()).build();
    }
}
