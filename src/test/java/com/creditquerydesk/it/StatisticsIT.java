package com.creditquerydesk.it;

import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.LetterSpec.CandidateSpec;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16 §1 over HTTP: 服务统计 of letters made here (docs/rules.md#R74–#R76), under a requesting unit of their own so
 * the other tests' letters stay out of its group; the XLSX holds the same numbers; only the auditor, the administrator
 * and the principal officer read them. The server has no test clock: these letters are received, handled and signed
 * today, so every step takes 0 working days here (unless the run crosses midnight in the centre's zone). The rules
 * across a holiday, the medians of real spreads and the on-time rates against first and extended due dates over weeks
 * are in JdbcStatisticsRepositoryTest, against letters whose every date it sets (H2 and PostgreSQL).
 */
class StatisticsIT {

    private static final String LISTED_ID = Workflow.idMatchingMask("4202021976", "8087");
    private static final String UNIT = "统计测试" + chinese(System.nanoTime() % 1_000_000) + "人力资源和社会保障局";

    private final Api handler = Api.as("handler");
    private final Api admin = Api.as("admin");

    @BeforeAll
    static void registerListsLuoYong() {
        Workflow.importSampleRegister();
    }

    private static String chinese(long n) {
        StringBuilder s = new StringBuilder();
        for (char c : Long.toString(n).toCharArray()) {
            s.append("〇一二三四五六七八九".charAt(c - '0'));
        }
        return s.toString();
    }

    private static String readLetter(long seed, List<CandidateSpec> candidates) {
        return Workflow.readLetterFrom(UNIT, seed, candidates);
    }

    private void ok(Api.Response r) {
        assertEquals(200, r.status(), r.body());
    }

    private static JsonObject group(JsonObject report, String key) {
        return report.getJsonArray("groups").stream().map(JsonValue::asJsonObject)
                .filter(g -> g.getString("key").equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + key + " in " + report));
    }

    @Test
    void everyFigureOfTheLettersOfAUnitAndTheSameInTheWorkbook() throws IOException {
        ZoneId zone = ZoneId.of(Api.anonymous().get("/api/settings").json().getString("zone"));
        LocalDate today = LocalDate.now(zone);
        // 1: two candidates without a record, signed and dispatched
        String clean = Workflow.screenedLetterFrom(UNIT, 1601, List.of(new CandidateSpec("李娜", Workflow.idMatchingMask("6101131990", "2222")),
                new CandidateSpec("王芳", Workflow.idMatchingMask("6101131991", "3333"))));
        Workflow.draftedAndSigned(clean);
        ok(Api.as("registry").post("/api/letters/" + clean + "/dispatch",
                Json.createObjectBuilder().add("date", today.toString()).add("channel", "paper").build()));
        // 2: 罗勇 hits, the reviewer confirms it, signed
        String hit = Workflow.screenedLetterFrom(UNIT, 1602, List.of(new CandidateSpec("罗勇", LISTED_ID)));
        Workflow.reviewFirst(hit, "CONFIRM");
        Workflow.draftedAndSigned(hit);
        // 3: 罗勇 hits, the reviewer overturns it; extended once, left open (not yet due)
        String overturned = Workflow.screenedLetterFrom(UNIT, 1603, List.of(new CandidateSpec("罗勇", LISTED_ID)));
        Workflow.reviewFirst(overturned, "OVERTURN");
        JsonObject letter = handler.get("/api/letters/" + overturned).json();
        ok(handler.post("/api/letters/" + overturned + "/extension", Json.createObjectBuilder()
                .add("newDueDate", nextWorkingDay(LocalDate.parse(letter.getString("dueDate"))).toString())
                .add("reason", "需向来文单位核实").add("contactedAt", OffsetDateTime.now(zone).truncatedTo(ChronoUnit.SECONDS).toString())
                .add("contactPerson", "王科长").add("contactChannel", "PHONE").build()));
        // 4 refused, 5 voided, neither screened
        String refused = readLetter(1604, List.of(new CandidateSpec("张伟", Workflow.idMatchingMask("6101131992", "4444"))));
        ok(Api.as("registry").post("/api/letters/" + refused + "/refusal",
                Json.createObjectBuilder().add("reason", "DUPLICATE_REQUEST").build()));
        String voided = readLetter(1605, List.of(new CandidateSpec("刘洋", Workflow.idMatchingMask("6101131993", "5555"))));
        ok(admin.post("/api/letters/" + voided + "/void", Json.createObjectBuilder().add("reason", "误登记").build()));

        String query = "?from=" + today + "&to=" + today + "&groupBy=unit";
        Api.Response answer = admin.get("/api/statistics" + query);
        ok(answer);
        JsonObject report = answer.json();
        assertEquals("unit", report.getString("groupBy"));
        JsonObject g = group(report, UNIT);
        assertEquals(UNIT, g.getString("label"));
        assertEquals(5, g.getInt("received"));
        assertEquals(3, g.getInt("screened"));
        assertEquals(4, g.getInt("candidatesChecked"));
        assertEquals(1, g.getJsonObject("hits").getInt("persons"));
        assertEquals(1, g.getJsonObject("hits").getInt("records"), "罗勇 has one record in the demo register");
        assertEquals(1, g.getInt("lettersWithHits"));
        assertEquals(0.25, g.getJsonNumber("hitRate").doubleValue());
        assertEquals(1, g.getInt("overturnedHits"));
        assertEquals(0, g.getInt("possibleHits"));
        assertEquals(2, g.getJsonObject("replies").getInt("signed"));
        assertEquals(1, g.getJsonObject("replies").getInt("dispatched"));
        // both signed today, before any due date; the open letter is not yet due: neither on time nor late
        JsonObject limit = g.getJsonObject("onTime").getJsonObject("limit");
        assertEquals(List.of(2, 2), List.of(limit.getInt("onTime"), limit.getInt("decided")));
        assertEquals(1.0, limit.getJsonNumber("rate").doubleValue());
        assertEquals(2, g.getJsonObject("onTime").getJsonObject("dueDate").getInt("decided"));
        assertEquals(1, g.getInt("extendedLetters"));
        assertEquals(1, g.getInt("extensions"));
        assertEquals(1, g.getInt("rejected"));
        assertEquals(1, g.getInt("voided"));
        JsonObject steps = g.getJsonObject("steps");
        Map<String, Integer> measured = Map.of("CONFIRM", 3, "SCREEN", 3, "REVIEW", 2, "SIGN", 2, "DISPATCH", 1, "TOTAL", 2);
        measured.forEach((step, letters) -> {
            JsonObject s = steps.getJsonObject(step);
            assertEquals(letters, s.getInt("letters"), step);
            assertEquals(0.0, s.getJsonNumber("median").doubleValue(), step + ": all today");
            assertEquals(0, s.getInt("p90"), step);
            assertEquals(Json.createObjectBuilder().add("0", letters).build(), s.getJsonObject("lettersByDays"), step);
        });
        assertEquals("登记→确认", steps.getJsonObject("CONFIRM").getString("label"));
        // the total holds at least these letters (others' letters of today too) and adds the groups up
        JsonObject total = report.getJsonObject("total");
        assertEquals(report.getJsonArray("groups").stream().mapToInt(v -> v.asJsonObject().getInt("received")).sum(),
                total.getInt("received"));
        assertTrue(total.getInt("received") >= 5);

        // the workbook: the same numbers in the unit's row
        Api.Response xlsx = Api.as("auditor").get("/api/statistics.xlsx" + query);
        ok(xlsx);
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet figures = book.getSheetAt(0);
            List<String> header = null;
            List<Object> row = null;
            for (Row r : figures) {
                List<Object> cells = cells(r);
                if (!cells.isEmpty() && "来文单位".equals(cells.get(0))) {
                    header = cells.stream().map(String::valueOf).toList();
                }
                if (!cells.isEmpty() && UNIT.equals(cells.get(0))) {
                    row = cells;
                }
            }
            assertTrue(header != null && row != null, "the header and the unit's row");
            assertEquals(5.0, row.get(header.indexOf("收文")));
            assertEquals(4.0, row.get(header.indexOf("查询人数")));
            assertEquals(1.0, row.get(header.indexOf("命中人数")));
            assertEquals(0.25, row.get(header.indexOf("命中率")));
            assertEquals(1.0, row.get(header.indexOf("复核未确认的命中")));
            assertEquals(2.0, row.get(header.indexOf("已签发")));
            assertEquals(1.0, row.get(header.indexOf("已发文")));
            assertEquals(1.0, row.get(header.indexOf("按期率（3个工作日）")));
            assertEquals(1.0, row.get(header.indexOf("延期次数")));
            assertEquals(1.0, row.get(header.indexOf("不予受理")));
            assertEquals(1.0, row.get(header.indexOf("作废")));
            Sheet stepSheet = book.getSheetAt(1);
            long unitSteps = 0;
            for (Row r : stepSheet) {
                List<Object> cells = cells(r);
                if (cells.size() >= 5 && UNIT.equals(cells.get(0)) && "查询→复核".equals(cells.get(1))) {
                    assertEquals(List.of(2.0, 0.0, 0.0), cells.subList(2, 5));
                    unitSteps++;
                }
            }
            assertEquals(1, unitSteps);
        }
        List<String> exports = Api.as("auditor").get("/api/audit?action=STATISTICS_EXPORTED&limit=5").json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonObject("actor").getString("username")).toList();
        assertTrue(exports.contains("auditor"), "the export is on the trail: " + exports);
        Api.Response pdf = Api.as("officer").get("/api/statistics.pdf" + query);
        ok(pdf);
        assertTrue(new String(pdf.bytes(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }

    private static LocalDate nextWorkingDay(LocalDate due) {
        var calendar = com.creditquerydesk.domain.model.calendar.WorkingDayCalendar.of(
                List.of(com.creditquerydesk.domain.model.calendar.CalendarFile.bundled()));
        return calendar.plusWorkingDays(due, 1);
    }

    private static List<Object> cells(Row r) {
        List<Object> cells = new ArrayList<>();
        for (Cell c : r) {
            while (cells.size() < c.getColumnIndex()) {
                cells.add(null);
            }
            cells.add(c.getCellType() == CellType.NUMERIC ? (Object) c.getNumericCellValue() : c.getStringCellValue());
        }
        return cells;
    }

    @Test
    void onlyTheAuditorTheAdministratorAndThePrincipalOfficerReadThem() {
        String q = "/api/statistics?from=2026-01-01&to=2026-12-31";
        for (String user : List.of("handler", "registry", "clerk", "reviewer", "secadmin")) {
            assertEquals(403, Api.as(user).get(q).status(), user);
            assertEquals(403, Api.as(user).get("/api/statistics.xlsx?from=2026-01-01&to=2026-12-31").status(), user);
        }
        for (String user : List.of("auditor", "admin", "officer")) {
            Api.Response r = Api.as(user).get(q + "&groupBy=month");
            assertEquals(200, r.status(), user + ": " + r.body());
            assertEquals("合计", r.json().getJsonObject("total").getString("label"));
        }
        assertEquals(401, Api.anonymous().get(q).status());
    }

    @Test
    void theChartLibraryIsServedFromTheWar() {
        Api.Response js = Api.anonymous().get("/webjars/echarts/5.3.1/dist/echarts.min.js");
        assertEquals(200, js.status());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").contains("javascript"), js.headers().toString());
        assertTrue(js.body().contains("echarts") && js.bytes().length > 500_000, "the minified ECharts bundle");
    }

    @Test
    void aBadPeriodOrGroupingIsRefusedInBothLanguages() {
        for (String q : List.of("?from=2026-02-01&to=2026-01-01", "?from=2026-01-01", "?from=2026-1-1&to=2026-01-31",
                "?from=2026-01-01&to=2026-01-31&groupBy=person", "?from=2024-01-01&to=2026-12-31")) {
            Api.Response r = admin.get("/api/statistics" + q);
            assertEquals(400, r.status(), q + ": " + r.body());
            IntakeIT.assertBilingual(r.json());
        }
    }
}
