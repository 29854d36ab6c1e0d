package com.creditquerydesk.it;

import com.creditquerydesk.domain.model.calendar.CalendarFile;
import com.creditquerydesk.domain.model.calendar.WorkingDayCalendar;
import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.LetterSpec.CandidateSpec;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.creditquerydesk.testsupport.Api.person;

/**
 * Issue 16 §3 over HTTP: the 核查登记表 (docs/rules.md#R77) of a letter screened in the test, its rows masked in the
 * JSON, the XLSX and the PDF (R77), the 应用措施 recorded by whom may and audited, and who may not read it.
 */
class LedgerIT {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(List.of(CalendarFile.bundled()));
    /** In the demo register (src/main/resources/demo/register-sample.csv): 罗勇, 4202021976****8087. */
    private static final String LISTED_ID = Workflow.idMatchingMask("4202021976", "8087");
    private static final String CLEAN_ID = Workflow.idMatchingMask("1101051990", "1234");
    private static final Set<String> USES = Set.of("公务员录用、调任", "事业单位公开招聘", "其他（评优评先、推荐等）");

    private static String letter;
    private static String unit;
    private static LocalDate today;

    private final Api handler = Api.as("handler");

    @BeforeAll
    static void screenALetter() throws IOException {
        try (InputStream in = LedgerIT.class.getResourceAsStream("/demo/register-sample.csv")) {
            JsonObject job = Workflow.importRegister(Api.as("admin"), new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "snapshot", "register-sample.csv");
            assertEquals("DONE", job.getString("status"), job.toString());
        }
        letter = Workflow.verifiedLetter(Workflow.letterWith(1601, List.of(new CandidateSpec("罗勇", LISTED_ID),
                new CandidateSpec("李娜", CLEAN_ID))));
        Api.Response screened = Api.as("handler").post("/api/letters/" + letter + "/screening",
                Json.createObjectBuilder().build());
        assertEquals(200, screened.status(), screened.body());
        unit = Api.as("handler").get("/api/letters/" + letter).json().getString("requestingUnit");
        today = LocalDate.now(ZoneId.of(Api.anonymous().get("/api/settings").json().getString("zone")));
    }

    private static String period() {
        return "from=" + today + "&to=" + today;
    }

    private static List<JsonObject> rowsOf(Api api, String query) {
        Api.Response r = api.get("/api/ledger?" + query);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("letterId").equals(letter)).toList();
    }

    @Test
    void eachCandidateCheckedIsARowWithNameAndIdMasked() {
        Api.Response r = handler.get("/api/ledger?" + period());
        assertEquals(200, r.status(), r.body());
        JsonObject ledger = r.json();
        assertEquals("信用信息核查应用情况登记表", ledger.getString("title"));
        assertEquals("陕西省公共信用信息中心", ledger.getString("centre"));
        assertEquals(7, ledger.getInt("filingWorkingDays"));
        assertFalse(r.body().contains(LISTED_ID), "no full ID in the ledger");
        assertFalse(r.body().contains(CLEAN_ID), "no full ID in the ledger");
        assertFalse(r.body().contains("罗勇") || r.body().contains("李娜"), "no full name in the ledger");

        List<JsonObject> rows = rowsOf(handler, period());
        assertEquals(2, rows.size(), rows.toString());
        JsonObject hit = rows.get(0);
        JsonObject clean = rows.get(1);
        assertEquals(1, hit.getInt("index"));
        assertEquals("罗*", hit.getString("name"));
        assertEquals(LISTED_ID.substring(0, 6) + "********" + LISTED_ID.substring(14), hit.getString("idNumber"));
        assertEquals("有 1 条失信被执行人记录（待复核）", hit.getString("result"));
        assertEquals(1, hit.getInt("recordCount"));
        assertEquals("李*", clean.getString("name"));
        assertEquals(CLEAN_ID.substring(0, 6) + "********" + CLEAN_ID.substring(14), clean.getString("idNumber"));
        assertEquals("无", clean.getString("result"));
        for (JsonObject row : rows) {
            assertTrue(USES.contains(row.getString("use")), row.toString());
            assertTrue(row.getString("channel").startsWith("全国法院失信被执行人名单 第 "), row.toString());
            assertEquals("张经办", row.getString("handler"), "the person's name, not the login");
            assertEquals("13800000003", row.getString("phone"));
            assertEquals(unit, row.getString("requestingUnit"));
            assertEquals(CALENDAR.plusWorkingDays(today, 7).toString(), row.getString("filingDeadline"));
            assertFalse(row.getBoolean("filingOverdue"));
        }
        // (the second row's measure is theMeasureIsRecorded…'s)
        assertFalse(hit.getBoolean("filed"));
        assertFalse(hit.containsKey("measure"), "null fields are left out");
    }

    @Test
    void theLedgerIsFilteredByPeriodAndUnit() {
        String unitQuery = "&unit=" + URLEncoder.encode(unit, StandardCharsets.UTF_8);
        assertEquals(2, rowsOf(handler, period() + unitQuery).size());
        assertEquals(0, rowsOf(handler, period() + "&unit=" + URLEncoder.encode("没有这个单位", StandardCharsets.UTF_8)).size());
        assertEquals(0, rowsOf(handler, "from=" + today.minusDays(9) + "&to=" + today.minusDays(1)).size());
        assertEquals(2, rowsOf(handler, "from=" + today.minusDays(30) + "&to=" + today.plusDays(1)).size());

        assertRefused(400, "PERIOD_INVALID", handler.get("/api/ledger?from=" + today + "&to=" + today.minusDays(1)));
        assertRefused(400, "PERIOD_REQUIRED", handler.get("/api/ledger?from=" + today));
        assertRefused(400, "DATE_INVALID", handler.get("/api/ledger?from=2026/03/01&to=" + today));
        assertRefused(400, "PERIOD_TOO_LONG", handler.get("/api/ledger?from=" + today.minusDays(400) + "&to=" + today));
        assertRefused(400, "PERIOD_INVALID", handler.get("/api/ledger.xlsx?from=" + today + "&to=" + today.minusDays(1)));
    }

    @Test
    void theMeasureIsRecordedByTheRegistryOrTheLettersHandlerAndAudited() {
        String path = "/api/ledger/" + letter + "/2/measure";
        JsonObject measure = Json.createObjectBuilder().add("measure", "已录用").build();
        assertRefused(403, "NOT_YOUR_LETTER", Api.as("handler2").put(path, measure));
        assertRefused(403, "FORBIDDEN", Api.as("reviewer").put(path, measure));
        assertRefused(403, "FORBIDDEN", Api.as("admin").put(path, measure));
        assertRefused(400, "MEASURE_REQUIRED", handler.put(path, Json.createObjectBuilder().add("measure", " ").build()));
        assertRefused(400, "MEASURE_TOO_LONG", handler.put(path, Json.createObjectBuilder()
                .add("measure", "录".repeat(201)).build()));
        assertRefused(404, "RESULT_NOT_FOUND", handler.put("/api/ledger/" + letter + "/9/measure", measure));
        assertRefused(404, "LETTER_NOT_FOUND", handler.put("/api/ledger/no-such-letter/1/measure", measure));
        assertFalse(rowsOf(handler, period()).get(1).containsKey("measure"), "nothing recorded on a refused request");

        Api.Response byHandler = handler.put(path, measure);
        assertEquals(200, byHandler.status(), byHandler.body());
        assertEquals("已录用", byHandler.json().getString("measure"));
        assertEquals(person("handler", "张经办"), byHandler.json().getJsonObject("measureRecordedBy"));
        assertTrue(byHandler.json().getBoolean("filed"));
        Api.Response byRegistry = Api.as("registry").put(path, Json.createObjectBuilder()
                .add("measure", "  已录用，于 2026 年 3 月报到  ").build());
        assertEquals(200, byRegistry.status(), byRegistry.body());

        JsonObject row = rowsOf(Api.as("officer"), period()).get(1);
        assertEquals("已录用，于 2026 年 3 月报到", row.getString("measure"), "the later report replaces the first");
        assertEquals(person("registry", "李收发"), row.getJsonObject("measureRecordedBy"));
        assertTrue(row.getBoolean("filed"));
        assertFalse(rowsOf(handler, period()).get(0).containsKey("measure"), "the other candidate's row is unchanged");

        List<JsonObject> trail = Api.as("auditor").get("/api/audit?letterId=" + letter + "&limit=100").json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("action").equals("LEDGER_MEASURE_RECORDED")).toList();
        assertEquals(2, trail.size(), trail.toString());
        assertTrue(trail.stream().allMatch(e -> e.getString("label").equals("登记应用措施")));
        assertTrue(trail.stream().anyMatch(e -> e.getString("detail").contains("李*") && e.getString("detail").contains("已录用")),
                trail.toString());
        assertTrue(trail.stream().noneMatch(e -> e.getString("detail").contains("李娜")), "the trail names him masked");
    }

    @Test
    void theXlsxCarriesTheCentreAndTheRowsOfTheJson() throws IOException {
        List<JsonObject> json = handler.get("/api/ledger?" + period()).json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).toList();
        Api.Response r = handler.get("/api/ledger.xlsx?" + period());
        assertEquals(200, r.status(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"));
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.bytes()))) {
            for (Row row : book.getSheetAt(0)) {
                List<String> values = new ArrayList<>();
                for (Cell c : row) {
                    values.add(format.formatCellValue(c));
                }
                rows.add(values);
            }
        }
        assertEquals("信用信息核查应用情况登记表", rows.get(0).get(0));
        String subtitle = rows.get(1).get(0);
        assertTrue(subtitle.contains("陕西省公共信用信息中心") && subtitle.contains(today + " 至 " + today), subtitle);
        assertEquals(List.of("序号", "应用事项", "查询对象", "身份证号码", "查询渠道", "查询结果", "查询时间", "应用措施",
                "经办人", "联系电话"), rows.get(2));
        assertTrue(rows.stream().flatMap(List::stream).noneMatch(c -> c.contains(LISTED_ID) || c.contains(CLEAN_ID)),
                "no full ID");
        assertTrue(rows.stream().flatMap(List::stream).noneMatch(c -> c.contains("罗勇") || c.contains("李娜")),
                "no full name");
        for (int i = 0; i < json.size(); i++) {
            JsonObject j = json.get(i);
            List<String> x = rows.get(3 + i);
            assertEquals(List.of(String.valueOf(i + 1), j.getString("use"), j.getString("name"), j.getString("idNumber"),
                    j.getString("channel"), j.getString("result"), j.getString("measure", ""), j.getString("handler"),
                    j.getString("phone")), List.of(x.get(0), x.get(1), x.get(2), x.get(3), x.get(4), x.get(5),
                    x.size() > 7 ? x.get(7) : "", x.get(8), x.get(9)), "row " + (i + 1));
            assertTrue(x.get(6).matches(today + " \\d\\d:\\d\\d"), x.get(6));
        }
        assertTrue(rows.get(3 + json.size()).get(0).startsWith("共 " + json.size() + " 人次"), rows.toString());
    }

    @Test
    void thePdfCarriesTheCentreAndTheMaskedRowsOnly() throws IOException {
        Api.Response r = Api.as("officer").get("/api/ledger.pdf?" + period());
        assertEquals(200, r.status(), r.body());
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
        StringBuilder text = new StringBuilder();
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(r.bytes())))) {
            var size = doc.getPage(1).getPageSize();
            assertTrue(size.getWidth() > size.getHeight(), "A4 landscape");
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                text.append(PdfTextExtractor.getTextFromPage(doc.getPage(p), new LocationTextExtractionStrategy()));
            }
        }
        String all = text.toString();
        assertTrue(all.contains("信用信息核查应用情况登记表"), all);
        assertTrue(all.contains("陕西省公共信用信息中心"), all);
        assertTrue(all.contains(mask(LISTED_ID)) && all.contains(mask(CLEAN_ID)), all);
        String compact = all.replaceAll("\\s", "");
        assertFalse(compact.contains(LISTED_ID) || compact.contains(CLEAN_ID), "no full ID");
        assertFalse(compact.contains("罗勇") || compact.contains("李娜"), "no full name");
    }

    @Test
    void neitherTheAuditorNorTheSecurityAdministratorNorTheCorrectionClerkReadsIt() {
        for (String user : List.of("auditor", "secadmin", "clerk")) {
            for (String path : List.of("/api/ledger?", "/api/ledger.xlsx?", "/api/ledger.pdf?")) {
                assertRefused(403, "FORBIDDEN", Api.as(user).get(path + period()));
            }
        }
        assertEquals(401, Api.anonymous().get("/api/ledger?" + period()).status());
        for (String user : List.of("registry", "reviewer", "admin")) {
            assertEquals(200, Api.as(user).get("/api/ledger?" + period()).status(), user);
        }
    }

    private static String mask(String id) {
        return id.substring(0, 6) + "********" + id.substring(14);
    }

    private static void assertRefused(int status, String code, Api.Response r) {
        assertEquals(status, r.status(), r.body());
        assertEquals(code, r.json().getString("code"), r.body());
        IntakeIT.assertBilingual(r.json());
    }
}
