package com.creditquerydesk.it;

import com.creditquerydesk.testsupport.Api;
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
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16 §5 over HTTP: the 查询工作责任人联络表 (docs/rules.md#R79) from the demo accounts, an account's 职务 and
 * 工作职责 changed by the administrator (audited), its XLSX and PDF, and who may not read it.
 */
class ContactsIT {

    private final Api admin = Api.as("admin");

    private static List<String> line(JsonObject c) {
        return List.of(String.valueOf(c.getInt("serial")), c.getString("dutyLabel"), c.getString("name"),
                c.getString("jobTitle", ""), c.getString("mobile", ""),
                String.join("、", c.getJsonArray("terminals").getValuesAs(jakarta.json.JsonString::getString)));
    }

    private List<List<String>> lines() {
        Api.Response r = admin.get("/api/contacts");
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).map(ContactsIT::line).toList();
    }

    private long userId(String username) {
        return admin.get("/api/users").structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(u -> u.getString("username").equals(username)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    @Test
    void theFormListsTheDemoAccountsInItsOrderWithTheCentresServiceContacts() {
        JsonObject list = admin.get("/api/contacts").json();
        assertEquals("查询工作责任人联络表", list.getString("title"));
        assertEquals("陕西省公共信用信息中心", list.getString("centre"));
        assertEquals("029-63915000", list.getString("servicePhone"));
        assertEquals("xycx@sxcredit.example.cn", list.getString("serviceEmail"));
        assertEquals(List.of(
                List.of("1", "主要负责人", "刘主任", "中心主任", "13800000006", ""),
                List.of("2", "直接负责人", "陈复核", "信用信息查询科科长", "13800000005", ""),
                List.of("3", "经办人", "张经办", "信用信息查询科科员", "13800000003", "0:0:0:0:0:0:0:1、127.0.0.0/8"),
                List.of("4", "经办人", "赵经办", "信用信息查询科科员", "13800000004", "0:0:0:0:0:0:0:1、127.0.0.0/8")), lines());
    }

    @Test
    void theAdministratorSetsAnAccountsJobTitleAndDuty() {
        long registry = userId("registry");
        String path = "/api/users/" + registry;
        Api.Response bad = admin.put(path, Json.createObjectBuilder().add("jobTitle", "收发员")
                .add("contactDuty", "BOSS").build());
        assertEquals(400, bad.status(), bad.body());
        assertEquals("CONTACT_DUTY_UNKNOWN", bad.json().getString("code"));
        IntakeIT.assertBilingual(bad.json());
        Api.Response tooLong = admin.put(path, Json.createObjectBuilder().add("jobTitle", "科".repeat(51)).build());
        assertEquals(400, tooLong.status(), tooLong.body());
        assertEquals("JOB_TITLE_TOO_LONG", tooLong.json().getString("code"));
        assertEquals(4, lines().size(), "nothing changed on a refused request");
        JsonObject unchanged = admin.get(path).json();
        assertFalse(unchanged.containsKey("jobTitle") || unchanged.containsKey("contactDuty"), unchanged.toString());

        Api.Response set = admin.put(path, Json.createObjectBuilder().add("jobTitle", " 办公室副主任 ")
                .add("contactDuty", "direct").build());
        assertEquals(200, set.status(), set.body());
        assertEquals("办公室副主任", set.json().getString("jobTitle"));
        assertEquals("DIRECT", set.json().getString("contactDuty"));
        assertEquals("直接负责人", set.json().getString("contactDutyLabel"));
        List<List<String>> lines = lines();
        assertEquals(5, lines.size());
        assertEquals(List.of("2", "直接负责人", "李收发", "办公室副主任", "13800000001", ""), lines.get(1),
                "a direct responsible has no terminal column");
        assertEquals("3", lines.get(2).get(0), "the serials follow");

        assertTrue(Api.as("auditor").get("/api/audit?action=USER_UPDATED&limit=50").json().getJsonArray("items")
                .stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> e.getString("detail").contains("职务 办公室副主任") && e.getString("detail").contains("直接负责人")));

        Api.Response removed = admin.put(path, Json.createObjectBuilder().add("jobTitle", "").add("contactDuty", "").build());
        assertEquals(200, removed.status(), removed.body());
        assertFalse(removed.json().containsKey("contactDuty"), removed.body());
        assertEquals(4, lines().size(), "without a duty the account is not on the form");
    }

    @Test
    void theXlsxAndPdfAreTheNationalForm() throws IOException {
        Api.Response x = Api.as("officer").get("/api/contacts.xlsx");
        assertEquals(200, x.status(), x.body());
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(x.bytes()))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                for (Cell c : row) {
                    values.add(format.formatCellValue(c));
                }
                rows.add(values);
            }
        }
        assertEquals("查询工作责任人联络表", rows.get(0).get(0));
        assertEquals("填表单位：陕西省公共信用信息中心　　查询工作服务电话：029-63915000　　查询工作服务邮箱：xycx@sxcredit.example.cn",
                rows.get(1).get(0));
        assertEquals(List.of("序号", "工作职责", "姓名", "职务", "联系方式", "专机 IP 地址"), rows.get(2));
        assertEquals(List.of("1", "主要负责人", "刘主任", "中心主任", "13800000006", "/"), rows.get(3));
        assertEquals(List.of("3", "经办人", "张经办", "信用信息查询科科员", "13800000003", "0:0:0:0:0:0:0:1、127.0.0.0/8"), rows.get(5));
        assertTrue(rows.stream().anyMatch(r -> !r.isEmpty() && r.get(0).equals("（单位公章）")), rows.toString());

        Api.Response p = Api.as("secadmin").get("/api/contacts.pdf");
        assertEquals(200, p.status(), p.body());
        assertEquals("application/pdf", p.headers().firstValue("Content-Type").orElse(""));
        String text;
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(p.bytes())))) {
            text = PdfTextExtractor.getTextFromPage(doc.getPage(1), new LocationTextExtractionStrategy());
        }
        for (String s : List.of("查询工作责任人联络表", "陕西省公共信用信息中心", "主要负责人", "刘主任", "中心主任", "13800000006",
                "专机 IP 地址", "127.0.0.0/8", "029-63915000", "xycx@sxcredit.example.cn")) {
            assertTrue(text.contains(s), s + " in " + text);
        }
    }

    @Test
    void theQueryWorkAndTheAuditorDoNotReadIt() {
        for (String user : List.of("handler", "registry", "clerk", "reviewer", "auditor")) {
            for (String path : List.of("/api/contacts", "/api/contacts.xlsx", "/api/contacts.pdf")) {
                Api.Response r = Api.as(user).get(path);
                assertEquals(403, r.status(), user + " " + path + ": " + r.body());
                assertEquals("FORBIDDEN", r.json().getString("code"));
            }
        }
        assertFalse(Api.as("handler").get("/api/contacts").body().contains("13800000006"));
        assertEquals(401, Api.anonymous().get("/api/contacts").status());
    }
}
