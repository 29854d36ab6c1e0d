package com.creditquerydesk.it;

import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.LetterSpec.CandidateSpec;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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

/**
 * Issue 16 §6 over HTTP: the auditor filters the trail by person, action (by its Chinese label), day and a letter's
 * 收文编号, and exports the selection as XLSX, itself recorded (docs/rules.md#R94).
 */
class AuditTrailIT {

    private static String letter;
    private static String receipt;
    private static LocalDate today;
    private final Api auditor = Api.as("auditor");

    @BeforeAll
    static void aConfirmedLetter() {
        letter = Workflow.verifiedLetter(Workflow.letterWith(1951, List.of(
                new CandidateSpec("李娜", Workflow.idMatchingMask("6101131990", "2222")))));
        receipt = Api.as("registry").get("/api/letters/" + letter).json().getString("receiptNumber");
        today = LocalDate.now(ZoneId.of(Api.anonymous().get("/api/settings").json().getString("zone")));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private JsonObject trail(String query) {
        Api.Response r = auditor.get("/api/audit?" + query);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static List<JsonObject> items(JsonObject page) {
        return page.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    @Test
    void byReceiptNumberAsByTheLettersId() {
        JsonObject byNumber = trail("receiptNumber=" + enc(receipt) + "&limit=500");
        JsonObject byId = trail("letterId=" + letter + "&limit=500");
        assertTrue(byNumber.getInt("total") >= 4, byNumber.toString());
        assertEquals(byId.getInt("total"), byNumber.getInt("total"));
        for (JsonObject e : items(byNumber)) {
            assertEquals(letter, e.getString("letterId"));
            assertEquals(receipt, e.getString("receiptNumber"));
        }
        assertEquals(Set.of("LETTER_RECEIVED", "EXTRACTION_VERIFIED"), Set.copyOf(items(byNumber).stream()
                .map(e -> e.getString("action")).filter(Set.of("LETTER_RECEIVED", "EXTRACTION_VERIFIED")::contains).toList()));
        assertEquals(0, trail("receiptNumber=" + enc("收1999-9999")).getInt("total"), "no such letter: nothing");
    }

    @Test
    void byPersonActionAndDay() {
        List<JsonObject> confirmed = items(trail("receiptNumber=" + enc(receipt) + "&actor=clerk&action=EXTRACTION_VERIFIED"));
        assertEquals(1, confirmed.size());
        assertEquals("校对确认", confirmed.get(0).getString("label"));
        assertEquals(0, trail("receiptNumber=" + enc(receipt) + "&actor=registry&action=EXTRACTION_VERIFIED").getInt("total"));
        String letterOf = "receiptNumber=" + enc(receipt);
        int all = trail(letterOf).getInt("total");
        assertEquals(all, trail(letterOf + "&from=" + today + "&to=" + today).getInt("total"), "a day includes all of it");
        assertEquals(0, trail(letterOf + "&from=" + today.plusDays(1)).getInt("total"));
        assertEquals(0, trail(letterOf + "&to=" + today.minusDays(1)).getInt("total"));
        for (String[] bad : new String[][]{{"action=NO_SUCH_ACTION", "AUDIT_ACTION_UNKNOWN"}, {"from=2026-02-30", "TIME_INVALID"},
                {"from=" + today + "&to=" + today.minusDays(2), "TIME_RANGE_INVALID"}}) {
            Api.Response r = auditor.get("/api/audit?" + bad[0]);
            assertEquals(400, r.status(), r.body());
            assertEquals(bad[1], r.json().getString("code"));
            assertFalse(r.json().getString("message").isBlank());
            assertFalse(r.json().getString("messageEn").isBlank());
        }
    }

    @Test
    void theActionsComeWithTheirChineseLabels() {
        Api.Response r = auditor.get("/api/audit/actions");
        assertEquals(200, r.status());
        List<JsonObject> actions = r.structure().asJsonArray().stream().map(JsonValue::asJsonObject).toList();
        assertTrue(actions.stream().anyMatch(a -> a.getString("code").equals("LETTER_SEARCHED")
                && a.getString("label").equals("检索来函")));
        assertTrue(actions.stream().allMatch(a -> a.getString("label").codePoints()
                .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)), actions.toString());
    }

    @Test
    void theSelectionExportsAsXlsxAndTheExportIsRecorded() throws IOException {
        List<JsonObject> json = items(trail("receiptNumber=" + enc(receipt) + "&limit=500"));
        long exportsBefore = trail("action=AUDIT_TABLE_EXPORTED&actor=auditor").getInt("total");
        Api.Response r = auditor.get("/api/audit.xlsx?receiptNumber=" + enc(receipt));
        assertEquals(200, r.status(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.bytes()))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
                    values.add(format.formatCellValue(row.getCell(i, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)));
                }
                rows.add(values);
            }
        }
        assertEquals("审计记录", rows.get(0).get(0));
        assertTrue(rows.get(1).get(0).contains(receipt), rows.get(1).toString());
        int header = rows.indexOf(List.of("序号", "时间", "操作人", "IP", "操作", "收文编号", "详情"));
        assertTrue(header >= 0, rows.toString());
        List<List<String>> events = rows.subList(header + 1, header + 1 + json.size());
        for (int i = 0; i < json.size(); i++) {
            JsonObject e = json.get(i);
            List<String> row = events.get(i);
            assertEquals(String.valueOf(e.getJsonNumber("seq").longValue()), row.get(0));
            assertEquals(e.getJsonObject("actor").getString("username"), row.get(2), "the trail as stored: the login");
            assertEquals(e.getString("label"), row.get(4), "the action by its Chinese label");
            assertEquals(receipt, row.get(5));
        }
        assertEquals(exportsBefore + 1, trail("action=AUDIT_TABLE_EXPORTED&actor=auditor").getInt("total"));
        assertEquals(403, Api.as("admin").get("/api/audit.xlsx").status());
    }
}
