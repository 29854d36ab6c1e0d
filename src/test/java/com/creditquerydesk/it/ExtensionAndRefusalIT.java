package com.creditquerydesk.it;

import com.creditquerydesk.domain.model.calendar.CalendarFile;
import com.creditquerydesk.domain.model.calendar.WorkingDayCalendar;
import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.LetterSpec.CandidateSpec;
import com.creditquerydesk.testsupport.letters.PdfLetterRenderer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.creditquerydesk.testsupport.Api.person;

/**
 * Issue 15 §2–§3 over HTTP: 延期 (docs/rules.md#R63), 不予受理 (R64) and 作废 (R65), each with who may. The server has no
 * test clock, so the dates here are relative to today; the rules across a holiday, and the 409 once a due date has
 * passed, are in ExtensionTest.
 */
class ExtensionAndRefusalIT {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(List.of(CalendarFile.bundled()));

    private final Api handler = Api.as("handler");

    private static String verifiedLetter(long seed) {
        return Workflow.verifiedLetter(Workflow.letterWith(seed, List.of(
                new CandidateSpec("李娜", Workflow.idMatchingMask("6101131990", "2222")))));
    }

    private static JsonObjectBuilder extension(LocalDate newDueDate, OffsetDateTime contactedAt) {
        return Json.createObjectBuilder().add("newDueDate", newDueDate.toString()).add("reason", "查询对象较多，需逐一核对")
                .add("contactedAt", contactedAt.toString()).add("contactPerson", "王科长").add("contactChannel", "PHONE");
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

    @Test
    void theHandlerExtendsTheDueDateAfterContactingTheRequester() {
        String id = verifiedLetter(1501);
        JsonObject letter = handler.get("/api/letters/" + id).json();
        LocalDate due = LocalDate.parse(letter.getString("dueDate"));
        ZoneId zone = ZoneId.of(Api.anonymous().get("/api/settings").json().getString("zone"));
        LocalDate today = LocalDate.now(zone);
        // The call to the requesting unit: after the letter came (maybe within the second: a DOCX reads fast), not
        // after the extension.
        OffsetDateTime called = OffsetDateTime.now(zone).truncatedTo(ChronoUnit.SECONDS);
        assertTrue(!called.toInstant().isBefore(Instant.parse(letter.getString("receivedAt")).truncatedTo(ChronoUnit.MINUTES)));
        assertRefused(400, "CONTACT_BEFORE_RECEIPT", handler.post("/api/letters/" + id + "/extension",
                extension(CALENDAR.plusWorkingDays(due, 1), called.minusMinutes(5)).build()));
        String path = "/api/letters/" + id + "/extension";
        LocalDate next = CALENDAR.plusWorkingDays(due, 1);

        assertRefused(403, "NOT_YOUR_LETTER", Api.as("handler2").post(path, extension(next, called).build()));
        assertRefused(403, "FORBIDDEN", Api.as("registry").post(path, extension(next, called).build()));
        assertRefused(400, "NEW_DUE_DATE_BEYOND_LIMIT",
                handler.post(path, extension(CALENDAR.plusWorkingDays(due, 6), called).build()));
        assertRefused(400, "NEW_DUE_DATE_NOT_LATER", handler.post(path, extension(due, called).build()));
        assertRefused(400, "NEW_DUE_DATE_IN_PAST", handler.post(path, extension(today.minusDays(1), called).build()));
        due.datesUntil(CALENDAR.plusWorkingDays(due, 5)).filter(d -> !CALENDAR.isWorkingDay(d)).findFirst()
                .ifPresent(dayOff -> assertRefused(400, "NEW_DUE_DATE_NOT_WORKING_DAY",
                        handler.post(path, extension(dayOff, called).build())));
        assertRefused(400, "CONTACT_NOT_BEFORE_EXTENSION",
                handler.post(path, extension(next, OffsetDateTime.now(zone).plusHours(3)).build()));
        assertRefused(400, "CONTACT_PERSON_REQUIRED",
                handler.post(path, extension(next, called).add("contactPerson", " ").build()));
        assertRefused(400, "VALUE_UNKNOWN",
                handler.post(path, extension(next, called).add("contactChannel", "PIGEON").build()));
        JsonObject unchanged = handler.get("/api/letters/" + id).json();
        assertEquals(due.toString(), unchanged.getString("dueDate"), "nothing changed");
        assertTrue(!unchanged.containsKey("extension") || unchanged.isNull("extension"), unchanged.toString());

        // The limit is the 5th working day after the first due date; the form's local time is the centre's.
        LocalDate latest = CALENDAR.plusWorkingDays(due, 5);
        Api.Response ok = handler.post(path, extension(next, called).add("contactedAt",
                called.toLocalDateTime().toString()).build());
        assertEquals(200, ok.status(), ok.body());
        JsonObject extended = ok.json();
        assertEquals(next.toString(), extended.getString("dueDate"));
        assertEquals(due.toString(), extended.getString("originalDueDate"));
        JsonObject e = extended.getJsonObject("extension");
        assertEquals("王科长", e.getString("contactPerson"));
        assertEquals("PHONE", e.getString("contactChannel"));
        assertEquals("电话", e.getString("contactChannelLabel"));
        assertEquals(person("handler", "张经办"), e.getJsonObject("extendedBy"));
        assertEquals(called.toInstant().toString(), e.getString("contactedAt"));
        assertEquals(200, handler.post(path, extension(latest, called).build()).status(), "again, up to the limit");
        assertRefused(400, "NEW_DUE_DATE_BEYOND_LIMIT",
                handler.post(path, extension(CALENDAR.plusWorkingDays(latest, 1), called).build()));

        // Lists show the extended date with the extension; the first due date stays.
        JsonObject listed = Api.as("registry").get("/api/letters?limit=200").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(l -> l.getString("id").equals(id)).findFirst().orElseThrow();
        assertEquals(latest.toString(), listed.getString("dueDate"));
        assertEquals(due.toString(), listed.getString("originalDueDate"));
        assertFalse(listed.getBoolean("overdue"));
        assertEquals(2, actions(id).stream().filter("LETTER_EXTENDED"::equals).count(), "each extension is in the trail");
    }

    @Test
    void aLetterIsRejectedByTheRegistryOrItsHandlerAndKeepsItsNumber() {
        String id = verifiedLetter(1502);
        String path = "/api/letters/" + id + "/refusal";
        String receipt = handler.get("/api/letters/" + id).json().getString("receiptNumber");
        JsonObject noNumber = Json.createObjectBuilder().add("reason", "NO_DOCUMENT_NUMBER").build();

        assertRefused(403, "NOT_YOUR_LETTER", Api.as("handler2").post(path, noNumber));
        assertRefused(403, "FORBIDDEN", Api.as("clerk").post(path, noNumber));
        assertRefused(403, "FORBIDDEN", Api.as("admin").post(path, noNumber));
        assertRefused(400, "REJECTION_NOTE_REQUIRED", handler.post(path, Json.createObjectBuilder().add("reason", "OTHER").build()));
        assertRefused(400, "VALUE_UNKNOWN", handler.post(path, Json.createObjectBuilder().add("reason", "BORED").build()));
        assertRefused(400, "REJECTION_REASON_REQUIRED", handler.post(path, Json.createObjectBuilder().build()));
        assertEquals("VERIFIED", handler.get("/api/letters/" + id + "/status").json().getString("status"));

        Api.Response rejected = handler.post(path, Json.createObjectBuilder().add("reason", "NO_DOCUMENT_NUMBER")
                .add("note", "来函无文号").build());
        assertEquals(200, rejected.status(), rejected.body());
        JsonObject r = rejected.json();
        assertEquals("REJECTED", r.getString("status"));
        assertEquals(receipt, r.getString("receiptNumber"));
        assertEquals("来函无发文字号", r.getJsonObject("rejection").getString("reasonLabel"));
        assertEquals("来函无文号", r.getJsonObject("rejection").getString("note"));
        assertFalse(r.getBoolean("overdue"));

        // No step of the path starts from it.
        assertEquals(409, handler.post("/api/letters/" + id + "/screening", Json.createObjectBuilder().build()).status());
        assertRefused(409, "LETTER_NOT_REJECTABLE", Api.as("registry").post(path, noNumber));
        OffsetDateTime now = OffsetDateTime.now();
        assertRefused(409, "LETTER_NOT_EXTENDABLE", handler.post("/api/letters/" + id + "/extension",
                extension(LocalDate.now().plusDays(10), now.minusMinutes(5)).build()));
        assertTrue(actions(id).contains("LETTER_REJECTED"));

        // A letter not yet given to a handler: the registry's to reject.
        String unassigned = Workflow.extractedLetter(Api.BASE, "退回.pdf", PdfLetterRenderer.render(Workflow.letterWith(1503,
                List.of(new CandidateSpec("王小明", Workflow.idMatchingMask("1101051990", "1234"))))));
        JsonObject wrongAddressee = Json.createObjectBuilder().add("reason", "WRONG_ADDRESSEE").build();
        assertRefused(403, "NOT_YOUR_LETTER", handler.post("/api/letters/" + unassigned + "/refusal", wrongAddressee));
        Api.Response byRegistry = Api.as("registry").post("/api/letters/" + unassigned + "/refusal", wrongAddressee);
        assertEquals(200, byRegistry.status(), byRegistry.body());
        assertEquals("REJECTED", byRegistry.json().getString("status"));
        assertEquals(409, Api.as("clerk").post("/api/letters/" + unassigned + "/extraction/confirm",
                Json.createObjectBuilder().build()).status(), "it leaves the clerk's queue");
    }

    @Test
    void onlyAnAdministratorVoidsALetterAndNothingIsDeleted() {
        String id = verifiedLetter(1504);
        String path = "/api/letters/" + id + "/void";
        JsonObject reason = Json.createObjectBuilder().add("reason", "同一来函重复登记").build();
        for (String who : List.of("registry", "clerk", "handler", "reviewer", "officer")) {
            assertRefused(403, "FORBIDDEN", Api.as(who).post(path, reason));
        }
        assertRefused(400, "VOID_REASON_REQUIRED", Api.as("admin").post(path, Json.createObjectBuilder().build()));
        Api.Response voided = Api.as("admin").post(path, reason);
        assertEquals(200, voided.status(), voided.body());
        assertEquals("VOIDED", voided.json().getString("status"));
        assertEquals("同一来函重复登记", voided.json().getJsonObject("voiding").getString("reason"));
        assertEquals(person("admin", "孙管理"), voided.json().getJsonObject("voiding").getJsonObject("voidedBy"));
        assertRefused(409, "LETTER_NOT_VOIDABLE", Api.as("admin").post(path, reason));

        // Still there, with its number, its original and what was read, for whom they were before.
        JsonObject kept = handler.get("/api/letters/" + id).json();
        assertEquals("VOIDED", kept.getString("status"));
        assertTrue(kept.getString("receiptNumber").startsWith("收"));
        assertEquals(200, handler.get("/api/letters/" + id + "/file").status());
        assertEquals(1, kept.getJsonObject("extraction").getJsonArray("candidates").size());
        assertTrue(actions(id).contains("LETTER_VOIDED"));
        assertEquals(409, handler.post("/api/letters/" + id + "/screening", Json.createObjectBuilder().build()).status());
    }
}
