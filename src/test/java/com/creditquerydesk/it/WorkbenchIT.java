package com.creditquerydesk.it;

import com.creditquerydesk.domain.model.calendar.CalendarFile;
import com.creditquerydesk.domain.model.calendar.WorkingDayCalendar;
import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.LetterSpec.CandidateSpec;
import com.creditquerydesk.testsupport.letters.PdfLetterRenderer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15 §1 over HTTP: each person's 工作台 follows a letter along its path (docs/rules.md#R83), and the reminders
 * and 催办 reach the right person (R84). Other tests' letters share the server, so this looks at its own letters.
 */
class WorkbenchIT {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(List.of(CalendarFile.bundled()));
    private static final AtomicLong SEEDS = new AtomicLong(8300);
    private static final String LISTED_ID = Workflow.idMatchingMask("4202021976", "8087");
    private static final String CLEAN_ID = Workflow.idMatchingMask("1101051990", "1234");
    private static final JsonObject EMPTY = Json.createObjectBuilder().build();

    private static String extracted(CandidateSpec candidate) {
        return Workflow.extractedLetter(Api.BASE, "工作台.pdf", PdfLetterRenderer.render(
                Workflow.letterWith(SEEDS.incrementAndGet(), List.of(candidate))));
    }

    private static JsonObject workbench(String user) {
        Api.Response r = Api.as(user).get("/api/workbench");
        assertEquals(200, r.status(), r.body());
        JsonObject w = r.json();
        // The counts are the items'.
        List<JsonObject> items = w.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(items.size(), w.getInt("todo"));
        assertEquals(items.stream().filter(i -> i.getString("due").equals("DUE_SOON")).count(), w.getInt("dueSoon"));
        assertEquals(items.stream().filter(i -> i.getString("due").equals("OVERDUE")).count(), w.getInt("overdue"));
        return w;
    }

    /** The item of the letter's path in the list, if it is there (its ledger filing is {@link #filing}). */
    private static Optional<JsonObject> item(JsonObject workbench, String list, String letter) {
        return workbench.getJsonArray(list).stream().map(JsonValue::asJsonObject)
                .filter(i -> !"LEDGER_FILING".equals(i.getString("step", null)))
                .filter(i -> i.getJsonObject("letter").getString("id").equals(letter)).findFirst();
    }

    private static Optional<JsonObject> filing(String user, String letter) {
        return workbench(user).getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(i -> "LEDGER_FILING".equals(i.getString("step", null)))
                .filter(i -> i.getJsonObject("letter").getString("id").equals(letter)).findFirst();
    }

    private static Optional<String> step(String user, String letter) {
        return item(workbench(user), "items", letter).map(i -> i.getString("step"));
    }

    private static List<JsonObject> notices(String user, String letter) {
        return Api.as(user).get("/api/notices").json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(n -> letter.equals(n.getString("letterId", null))).toList();
    }

    private static void post(String user, String path, JsonObject body) {
        Api.Response r = Api.as(user).post(path, body);
        assertEquals(200, r.status(), r.body());
    }

    @Test
    void theLetterMovesFromOneWorkbenchToTheNextAlongItsPath() {
        String id = extracted(new CandidateSpec("王小明", CLEAN_ID));
        assertEquals(Optional.of("CORRECT"), step("clerk", id));
        assertEquals(Optional.empty(), step("registry", id));
        assertEquals(Optional.empty(), step("handler", id));

        Workflow.verified(Api.BASE, id);
        assertEquals(Optional.empty(), step("clerk", id));
        assertEquals(Optional.of("SCREEN"), step("handler", id));
        assertEquals(Optional.empty(), step("handler2", id), "another handler's letter");
        // The clerk confirmed it: it is among what he did.
        JsonObject done = item(workbench("clerk"), "doneItems", id).orElseThrow();
        assertEquals("EXTRACTION_VERIFIED", done.getString("action"));
        assertEquals("校对确认", done.getString("actionLabel"));
        // The handler was told it is his.
        assertTrue(notices("handler", id).stream().anyMatch(n -> n.getString("kind").equals("ASSIGNED")));
        // In time: received today, due in 3 working days.
        JsonObject screen = item(workbench("handler"), "items", id).orElseThrow();
        ZoneId zone = ZoneId.of(Api.anonymous().get("/api/settings").json().getString("zone"));
        LocalDate due = LocalDate.parse(screen.getJsonObject("letter").getString("dueDate"));
        LocalDate today = LocalDate.now(zone);
        assertEquals(due.isAfter(CALENDAR.plusWorkingDays(today, 1)) ? "IN_TIME" : "DUE_SOON", screen.getString("due"));

        assertTrue(filing("handler", id).isEmpty(), "nothing to file before the check");
        post("handler", "/api/letters/" + id + "/screening", EMPTY);
        assertEquals(Optional.of("DRAFT"), step("handler", id));
        // The check is a row of the 核查登记表, to be filed within 7 working days (R77), on the handler's 工作台 only.
        JsonObject filing = filing("handler", id).orElseThrow();
        assertEquals("登记应用措施", filing.getString("stepLabel"));
        assertEquals(List.of(1, 1, CALENDAR.plusWorkingDays(today, 7).toString(), "IN_TIME"),
                List.of(filing.getJsonObject("filing").getInt("unfiled"), filing.getJsonObject("filing").getInt("candidates"),
                        filing.getJsonObject("filing").getString("dueDate"), filing.getString("due")));
        assertTrue(filing("handler2", id).isEmpty() && filing("registry", id).isEmpty());
        post("handler", "/api/letters/" + id + "/reply", EMPTY);
        assertEquals(Optional.empty(), step("handler", id));
        assertEquals(Optional.of("SIGN_OFF"), step("officer", id));

        // Returned, the draft is the handler's again, marked 退回修改 with the officer's comment, and he is told.
        post("officer", "/api/letters/" + id + "/return",
                Json.createObjectBuilder().add("comment", "请核对来函单位名称").build());
        JsonObject back = item(workbench("handler"), "items", id).orElseThrow();
        assertEquals("DRAFT", back.getString("step"));
        assertTrue(back.getBoolean("returned"));
        assertEquals("请核对来函单位名称", back.getString("returnComment"));
        assertEquals(Optional.empty(), step("officer", id));
        assertTrue(Api.as("handler").get("/api/letters/" + id).json().getBoolean("returned"), "退回修改 in the lists too");
        assertTrue(notices("handler", id).stream().anyMatch(n -> n.getString("kind").equals("DRAFT_RETURNED")
                && n.getString("text").contains("请核对来函单位名称")));

        // The requesting unit's measure filed, the row leaves the 工作台.
        Api.Response filed = Api.as("registry").put("/api/ledger/" + id + "/1/measure",
                Json.createObjectBuilder().add("measure", "已录用").build());
        assertEquals(200, filed.status(), filed.body());
        assertTrue(filing("handler", id).isEmpty());
    }

    @Test
    void aHitWaitsForAReviewerWhoIsToldAndNotForTheHandler() {
        String id = Workflow.verified(Api.BASE, extracted(new CandidateSpec("罗勇", LISTED_ID)));
        post("handler", "/api/letters/" + id + "/screening", EMPTY);
        assertEquals(Optional.of("REVIEW"), step("reviewer", id));
        assertEquals(Optional.empty(), step("handler", id));
        List<JsonObject> told = notices("reviewer", id);
        assertEquals(1, told.size(), told.toString());
        assertEquals("REVIEW_WAITING", told.get(0).getString("kind"));
        // A reminder names the letter, never a candidate's ID.
        assertFalse(told.get(0).getString("text").contains(LISTED_ID.substring(0, 10)), told.toString());
        assertFalse(told.get(0).getString("text").contains("罗勇"), told.toString());
    }

    @Test
    void anAdministratorUrgesALetterAndItsHandlerIsReminded() {
        String id = Workflow.verified(Api.BASE, extracted(new CandidateSpec("王小明", CLEAN_ID)));
        String path = "/api/letters/" + id + "/urge";
        Api.Response refused = Api.as("registry").post(path, EMPTY);
        assertEquals(403, refused.status(), refused.body());
        Api.Response tooLong = Api.as("admin").post(path, Json.createObjectBuilder().add("note", "快".repeat(201)).build());
        assertEquals(400, tooLong.status(), tooLong.body());
        IntakeIT.assertBilingual(tooLong.json());
        assertTrue(notices("handler", id).stream().noneMatch(n -> n.getString("kind").equals("URGED")),
                "a refused urging reminds nobody");

        post("admin", path, Json.createObjectBuilder().add("note", "请今日办结").build());
        List<JsonObject> urged = notices("handler", id).stream().filter(n -> n.getString("kind").equals("URGED")).toList();
        assertEquals(1, urged.size());
        assertTrue(urged.get(0).getString("text").contains("请今日办结"), urged.toString());
        assertTrue(Api.as("auditor").get("/api/audit?letterId=" + id + "&action=LETTER_URGED").json()
                .getInt("total") == 1);

        // Read, the notice no longer counts as unread; another person cannot read it.
        long id0 = urged.get(0).getJsonNumber("id").longValue();
        Api handler = Api.as("handler");
        int before = handler.get("/api/notices").json().getInt("unread");
        Api.Response other = Api.as("handler2").post("/api/notices/" + id0 + "/read", EMPTY);
        assertEquals(404, other.status(), other.body());
        Api.Response read = handler.post("/api/notices/" + id0 + "/read", EMPTY);
        assertEquals(200, read.status(), read.body());
        assertEquals(before - 1, read.json().getInt("unread"));
        assertEquals(before - 1, handler.get("/api/workbench").json().getInt("unreadNotices"));
    }

    @Test
    void theAdministratorWatchesOpenLettersButHasNoStepOfHisOwn() {
        JsonObject w = workbench("admin");
        assertEquals(0, w.getInt("todo"));
        assertTrue(w.getJsonArray("watch").stream().map(JsonValue::asJsonObject)
                .allMatch(i -> !i.getString("due").equals("IN_TIME")));
        assertEquals(0, workbench("handler").getJsonArray("watch").size());
    }
}
