package com.creditquerydesk.it;

import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.Databases;
import com.creditquerydesk.testsupport.ServerProcess;
import com.creditquerydesk.testsupport.TestFiles;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.LetterSpec.CandidateSpec;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15's deadlines across the 2026 National Day week (国庆节 1–7 October; Saturday 10 October a working day) on a
 * server whose clock says 29 September and then, restarted on the same data, 9 and 13 October (CQD_CLOCK_TODAY): the
 * reply's due date (docs/rules.md#R5), the extension and its limit (R63), the 工作台's 临期 and 超期 (R83) and the
 * objection's hops (R87). The dates are written out, so both the calendar file and the counting are under test.
 */
@Tag("slow")
class HolidayClockIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path work;

    @Test
    void lettersReceivedBeforeTheHolidayAreDueAfterItAndOverdueWhenThatPasses() throws InterruptedException {
        Map<String, String> env = new HashMap<>(Databases.fresh("cqd_holiday"));
        env.put("CQD_DEMO", "true");
        try (ServerProcess server = new ServerProcess(work, 350, env)) {
            String base = today(server, "2026-09-29").baseUrl();
            String letter = Workflow.verifiedLetter(base, Workflow.letterWith(1901, List.of(
                    new CandidateSpec("李娜", Workflow.idMatchingMask("6101131990", "2222")))));
            Api handler = Api.as(base, "handler");
            JsonObject read = handler.get("/api/letters/" + letter).json();
            // Received Tuesday 29 September: 30 September, then 8 and 9 October.
            assertEquals("2026-10-09", read.getString("dueDate"));
            assertFalse(read.getBoolean("overdue"));
            assertEquals("IN_TIME", workbenchItem(handler, letter).orElseThrow().getString("due"));

            String path = "/api/letters/" + letter + "/extension";
            Instant contacted = Instant.parse(read.getString("receivedAt")).plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
            Thread.sleep(1500); // the call lies between the receipt and the extension
            // Five working days after 9 October: Saturday the 10th (调休), 12, 13, 14, 15.
            assertRefused(400, "NEW_DUE_DATE_BEYOND_LIMIT", handler.post(path, extension("2026-10-16", contacted)));
            assertRefused(400, "NEW_DUE_DATE_NOT_WORKING_DAY", handler.post(path, extension("2026-10-11", contacted)));
            Api.Response extended = handler.post(path, extension("2026-10-12", contacted));
            assertEquals(200, extended.status(), extended.body());
            assertEquals("2026-10-12", extended.json().getString("dueDate"));
            assertEquals("2026-10-09", extended.json().getString("originalDueDate"));

            String signed = Workflow.draftedLetterWithoutHits(base, 1902);
            Api officer = Api.as(base, "officer");
            Api.Response signOff = officer.post("/api/letters/" + signed + "/sign-off", officer.signOffBody("demo-officer"));
            assertEquals(200, signOff.status(), signOff.body());
            Api.Response opened = Api.as(base, "registry").upload("/api/objections", "异议申请.pdf",
                    TestFiles.pdf(1, "objection across the holiday"), Map.of("replyId", signed, "candidates", "1",
                            "objector", "CANDIDATE", "receivedOn", "2026-09-29", "route", "SHAANXI_PROVINCIAL"));
            assertEquals(201, opened.status(), opened.body());
            String objection = opened.json().getString("id");
            // The raise within 3 working days of the result, and the centre's report to the national centre within 3
            // working days of the objection received on 29 September: both 9 October.
            assertEquals(List.of("2026-10-09", "CLOSED", "2026-10-09", "OPEN"), hops(opened.json(), 1, 3));

            today(server, "2026-10-09");
            handler = Api.as(base, "handler");
            assertEquals("DUE_SOON", objectionItem(handler, objection).orElseThrow().getString("due"), "due today");
            // Extended to Monday 12 October; the next working day is Saturday the 10th, so it is not yet 临期.
            assertEquals("IN_TIME", workbenchItem(handler, letter).orElseThrow().getString("due"));

            today(server, "2026-10-13");
            handler = Api.as(base, "handler");
            JsonObject late = handler.get("/api/letters/" + letter).json();
            assertTrue(late.getBoolean("overdue"), late.toString());
            assertEquals("OVERDUE", workbenchItem(handler, letter).orElseThrow().getString("due"));
            assertEquals("OVERDUE", objectionItem(handler, objection).orElseThrow().getString("due"));
            JsonObject bench = handler.get("/api/workbench").json();
            assertTrue(bench.getInt("overdue") >= 2, bench.toString());
            assertRefused(409, "EXTENSION_TOO_LATE", handler.post(path, extension("2026-10-14", contacted)));
            assertEquals("2026-10-12", handler.get("/api/letters/" + letter).json().getString("dueDate"), "nothing changed");
        }
    }

    /** (Re)starts the server with its clock on that date, and tells the test client its authenticator time. */
    private static ServerProcess today(ServerProcess server, String date) {
        if (server.running()) {
            server.kill();
        }
        server.withEnv("CQD_CLOCK_TODAY", date).start();
        long days = ChronoUnit.DAYS.between(LocalDate.now(SHANGHAI), LocalDate.parse(date));
        Api.serverClockShift(server.baseUrl(), Duration.ofDays(days));
        return server;
    }

    private static JsonObject extension(String newDueDate, Instant contactedAt) {
        return Json.createObjectBuilder().add("newDueDate", newDueDate).add("reason", "节前来函，需与来函单位核对名单")
                .add("contactedAt", contactedAt.toString()).add("contactPerson", "王科长").add("contactChannel", "PHONE")
                .build();
    }

    private static List<String> hops(JsonObject objection, int... steps) {
        List<String> out = new java.util.ArrayList<>();
        for (int step : steps) {
            JsonObject hop = objection.getJsonArray("hops").getJsonObject(step - 1);
            out.add(hop.getString("dueDate"));
            out.add(hop.getString("status"));
        }
        return out;
    }

    private static Optional<JsonObject> workbenchItem(Api as, String letterId) {
        return items(as).filter(i -> !"OBJECTION_HOP".equals(i.getString("step")))
                .filter(i -> i.getJsonObject("letter").getString("id").equals(letterId)).findFirst();
    }

    private static Optional<JsonObject> objectionItem(Api as, String objectionId) {
        return items(as).filter(i -> i.containsKey("objection") && !i.isNull("objection")
                && i.getJsonObject("objection").getString("id").equals(objectionId)).findFirst();
    }

    private static java.util.stream.Stream<JsonObject> items(Api as) {
        return as.get("/api/workbench").json().getJsonArray("items").stream().map(JsonValue::asJsonObject);
    }

    private static void assertRefused(int status, String code, Api.Response r) {
        assertEquals(status, r.status(), r.body());
        assertEquals(code, r.json().getString("code"), r.body());
        IntakeIT.assertBilingual(r.json());
    }
}
