package com.creditquerydesk.it;

import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.HostileFiles;
import com.creditquerydesk.testsupport.TestFiles;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.LetterSpec.CandidateSpec;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19, part 3, over HTTP: a unified recruitment's applicant list screened for its letter (docs/rules.md#R40–R42):
 * 1,000 applicants with 10 listed and 10 near misses give exactly 10 hits, reviewed by a second person, and a result
 * workbook of the listed; bad files and bad rows.
 */
class ApplicantListIT {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞燕宇浩然思远欣怡子涵博文";

    private final Api handler = Api.as("handler");
    private final Api reviewer = Api.as("reviewer");

    /** An ID that is valid (a real birth date, the check character computed). */
    private static String id(String region, LocalDate birth, int sequence) {
        String first17 = region + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        return first17 + IdNumber.checkCharacter(first17);
    }

    private static String masked(String id) {
        return id.substring(0, 10) + "****" + id.substring(14);
    }

    private static String name(Random r) {
        StringBuilder b = new StringBuilder().append(SURNAMES.charAt(r.nextInt(SURNAMES.length())));
        int n = 1 + r.nextInt(2);
        for (int i = 0; i < n; i++) {
            b.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
        }
        return b.toString();
    }

    @Test
    void aThousandApplicantsWithTenListedAndTenNearMissesGiveExactlyTenHitsReviewedByASecondPerson() throws IOException {
        Random random = new Random(19);
        String run = UUID.randomUUID().toString().substring(0, 6);
        // Ten people put on the register by a delta import: names of their own, IDs as the register masks them.
        List<String[]> listed = new ArrayList<>();
        StringBuilder register = new StringBuilder("姓名,身份证号码,执行法院,省份,案号,执行依据文号,生效法律文书确定的义务,被执行人的履行情况,"
                + "失信被执行人具体情形,立案时间,发布时间\n");
        for (int i = 0; i < 10; i++) {
            String person = "测试" + "甲乙丙丁戊己庚辛壬癸".charAt(i) + GIVEN.charAt(i);
            String full = id("610113", LocalDate.of(1980 + i, 1 + i, 10 + i), 100 + i);
            listed.add(new String[]{person, full});
            register.append(person).append(',').append(masked(full)).append(",西安市雁塔区人民法院,陕西,（2026）陕0113执")
                    .append(run).append('-').append(i).append("号,（2025）陕0113民初1号,偿还借款,全部未履行,违反财产报告制度,"
                            + "2026年01月05日,2026年02月01日\n");
        }
        JsonObject job = Workflow.importRegister(Api.as("admin"), register.toString(), "delta", "applicants-" + run + ".csv");
        assertEquals("DONE", job.getString("status"), job.toString());

        // The list: a header with other columns, 10 listed, 5 with a listed name and other digits, 5 with a listed
        // ID and another name, 980 others, shuffled.
        List<String[]> applicants = new ArrayList<>(listed);
        for (int i = 0; i < 5; i++) {
            String[] p = listed.get(i);
            String first17 = p[1].substring(0, 14) + String.format("%03d", Integer.parseInt(p[1].substring(14, 17)) + 2);
            applicants.add(new String[]{p[0], first17 + IdNumber.checkCharacter(first17)});
        }
        for (int i = 5; i < 10; i++) {
            applicants.add(new String[]{"近似" + GIVEN.charAt(i + 10), listed.get(i)[1]});
        }
        Set<String> used = applicants.stream().map(a -> a[1]).collect(Collectors.toSet());
        while (applicants.size() < 1000) {
            String full = id("110105", LocalDate.of(1970, 1, 1).plusDays(random.nextInt(365 * 30)), random.nextInt(1000));
            if (used.add(full)) {
                applicants.add(new String[]{name(random), full});
            }
        }
        java.util.Collections.shuffle(applicants, random);
        List<List<String>> sheet = new ArrayList<>();
        sheet.add(List.of("序号", "报考单位", "报考岗位", "姓名", "性别", "身份证号码", "联系电话"));
        for (int i = 0; i < applicants.size(); i++) {
            sheet.add(List.of(String.valueOf(i + 1), "陕西省某事业单位", "岗位" + (i % 7), applicants.get(i)[0], "男",
                    applicants.get(i)[1], "1390000" + String.format("%04d", i)));
        }
        Set<Integer> listedRows = new java.util.TreeSet<>();
        for (int i = 0; i < applicants.size(); i++) {
            String[] a = applicants.get(i);
            if (listed.stream().anyMatch(l -> l[0].equals(a[0]) && l[1].equals(a[1]))) {
                listedRows.add(i + 2);
            }
        }
        assertEquals(10, listedRows.size());

        String letter = Workflow.verifiedLetter(Workflow.letterWith(1901, List.of(
                new CandidateSpec("李娜", Workflow.idMatchingMask("6101131990", "2222")))));
        assertEquals(403, Api.as("handler2").upload("/api/letters/" + letter + "/applicants", "名单.xlsx", TestFiles.xlsx(sheet),
                Map.of()).status(), "only the letter's handler screens it");
        assertEquals(403, reviewer.upload("/api/letters/" + letter + "/applicants", "名单.xlsx", TestFiles.xlsx(sheet),
                Map.of()).status());

        Api.Response screened = handler.upload("/api/letters/" + letter + "/applicants", "名单.xlsx", TestFiles.xlsx(sheet), Map.of());
        assertEquals(200, screened.status(), screened.body());
        JsonObject list = screened.json();
        assertEquals("DONE", list.getString("status"));
        assertCounts(list, 1000, 1000, 0, 10);
        assertEquals("IN_REVIEW", handler.get("/api/letters/" + letter).json().getString("status"));

        // The handler sees the hits in full, the officer masked; the rows are the file's.
        JsonArray hits = handler.get("/api/letters/" + letter + "/applicants/hits?limit=1000").structure().asJsonArray();
        assertEquals(listedRows, hits.stream().map(h -> h.asJsonObject().getInt("index")).collect(Collectors.toSet()));
        Map<String, String> listedIds = listed.stream().collect(Collectors.toMap(l -> l[0], l -> l[1]));
        for (JsonValue v : hits) {
            JsonObject h = v.asJsonObject();
            assertEquals(listedIds.get(h.getString("name")), h.getString("idNumber"));
            assertTrue(h.getJsonArray("records").getJsonObject(0).getString("caseNumber").contains(run), h.toString());
        }
        JsonArray officerView = Api.as("officer").get("/api/letters/" + letter + "/applicants/hits").structure().asJsonArray();
        assertEquals(10, officerView.size());
        officerView.forEach(h -> assertTrue(h.asJsonObject().getString("idNumber").contains("********"), h.toString()));
        assertEquals(1000, Api.as("officer").get("/api/letters/" + letter + "/applicants").json().getJsonObject("counts")
                .getInt("applicants"));

        // Four eyes: the handler cannot review; a reviewer confirms nine and overturns one with a reason.
        List<Integer> rows = new ArrayList<>(listedRows);
        assertEquals(403, handler.post("/api/letters/" + letter + "/applicants/hits/" + rows.get(0) + "/review",
                Json.createObjectBuilder().add("decision", "CONFIRM").build()).status());
        assertEquals(404, reviewer.post("/api/letters/" + letter + "/applicants/hits/1/review",
                Json.createObjectBuilder().add("decision", "CONFIRM").build()).status(), "the header row is no hit");
        Api.Response noReason = reviewer.post("/api/letters/" + letter + "/applicants/hits/" + rows.get(0) + "/review",
                Json.createObjectBuilder().add("decision", "OVERTURN").build());
        assertEquals(400, noReason.status());
        assertEquals("REVIEW_NOTE_REQUIRED", noReason.json().getString("code"));
        assertEquals(409, handler.get("/api/letters/" + letter + "/applicants/result.xlsx").status(),
                "no result while hits await review");
        for (int i = 0; i < rows.size(); i++) {
            JsonObject decision = i == 0 ? Json.createObjectBuilder().add("decision", "OVERTURN").add("note", "同名同号段，经核实非同一人").build()
                    : Json.createObjectBuilder().add("decision", "CONFIRM").build();
            Api.Response r = reviewer.post("/api/letters/" + letter + "/applicants/hits/" + rows.get(i) + "/review", decision);
            assertEquals(200, r.status(), r.body());
            assertEquals(listedIds.get(r.json().getString("name")), r.json().getString("idNumber"),
                    "the reviewer sees the hit he reviews in full");
        }
        assertEquals(409, reviewer.post("/api/letters/" + letter + "/applicants/hits/" + rows.get(1) + "/review",
                Json.createObjectBuilder().add("decision", "CONFIRM").build()).status(), "reviewed once");
        assertEquals("REVIEWED", handler.get("/api/letters/" + letter).json().getString("status"));

        // The result: the nine listed, and the count of those with no record.
        Api.Response result = handler.get("/api/letters/" + letter + "/applicants/result.xlsx");
        assertEquals(200, result.status(), result.body());
        List<List<String>> out = read(result.bytes());
        List<List<String>> listedOut = out.stream().filter(r -> r.size() == 6 && r.get(3).equals("系失信联合惩戒对象")).toList();
        assertEquals(9, listedOut.size(), out.toString());
        assertFalse(listedOut.stream().anyMatch(r -> r.get(1).equals(applicants.get(rows.get(0) - 2)[0])),
                "the overturned hit is not listed");
        listedOut.forEach(r -> assertEquals(listedIds.get(r.get(1)), r.get(2)));
        assertTrue(out.toString().contains("共查询 1000 人，其中系失信联合惩戒对象 9 人，其余 991 人未发现失信联合惩戒对象记录。"),
                out.toString());
        assertEquals(403, Api.as("officer").get("/api/letters/" + letter + "/applicants/result.xlsx").status());

        // The reply as usual: its attachment lists the nine and counts the others; the reviewer may not sign it.
        Api.Response draft = handler.post("/api/letters/" + letter + "/reply", Json.createObjectBuilder().build());
        assertEquals(200, draft.status(), draft.body());
        String draftText = pdfText(handler.get("/api/letters/" + letter + "/reply.pdf").bytes()).replaceAll("\\s", "");
        assertTrue(draftText.contains("名单所列其余991人均未发现失信联合惩戒对象记录"), draftText);
        for (List<String> r : listedOut) {
            assertTrue(draftText.contains(r.get(2)), r.get(1) + " is in the attachment");
        }
        Api officer = Api.as("officer");
        Api.Response signed = officer.post("/api/letters/" + letter + "/sign-off", officer.signOffBody("demo-officer"));
        assertEquals(200, signed.status(), signed.body());
        assertEquals("SIGNED", handler.get("/api/letters/" + letter).json().getString("status"));

        // Screened once: the letter has moved on. The trail has the upload, the screening, the reviews, the look.
        assertEquals(409, handler.upload("/api/letters/" + letter + "/applicants", "名单.xlsx", TestFiles.xlsx(sheet), Map.of()).status());
        Api auditor = Api.as("auditor");
        for (String action : List.of("APPLICANTS_UPLOADED", "APPLICANTS_SCREENED", "APPLICANT_RESULT_READ",
                "APPLICANT_HITS_READ")) {
            JsonArray events = auditor.get("/api/audit?action=" + action + "&limit=50").json().getJsonArray("items");
            assertTrue(events.stream().anyMatch(e -> letter.equals(e.asJsonObject().getString("letterId", null))),
                    action + " " + events);
        }
        JsonArray screenedEvents = auditor.get("/api/audit?action=APPLICANTS_SCREENED&limit=50").json().getJsonArray("items");
        assertTrue(screenedEvents.stream().map(e -> e.asJsonObject().getString("detail"))
                .anyMatch(d -> d.contains("查询 1000 人，命中 10 人")), screenedEvents.toString());
    }

    @Test
    void badFilesAreRefusedWithBilingualMessagesAndBadRowsReportedWithoutStoppingTheList() throws IOException {
        String letter = Workflow.verifiedLetter(Workflow.letterWith(1902, List.of(
                new CandidateSpec("李娜", Workflow.idMatchingMask("6101131990", "2222")))));
        String path = "/api/letters/" + letter + "/applicants";

        Api.Response noColumn = handler.upload(path, "a.csv", "姓名,手机号\n张三,13900000000\n".getBytes(StandardCharsets.UTF_8),
                Map.of());
        assertEquals(400, noColumn.status(), noColumn.body());
        assertEquals("APPLICANT_COLUMN_MISSING", noColumn.json().getString("code"));
        assertTrue(noColumn.json().getString("message").contains("身份证号码"), noColumn.body());
        assertTrue(noColumn.json().getString("messageEn").contains("ID number"), noColumn.body());
        assertEquals(400, handler.upload(path, "empty.csv", new byte[0], Map.of()).status());

        Api.Response bomb = handler.upload(path, "bomb.xlsx", HostileFiles.xlsx(HostileFiles.SHARED_HEADER_ROW,
                HostileFiles.distinctSharedStrings(70L * 1024 * 1024)), Map.of());
        assertEquals(413, bomb.status(), bomb.body());
        assertEquals("XLSX_SHARED_STRINGS_TOO_LARGE", bomb.json().getString("code"));
        assertEquals("VERIFIED", handler.get("/api/letters/" + letter).json().getString("status"), "nothing was screened");

        String x = "11010519491231002X";
        String fullWidth = id("610102", LocalDate.of(1990, 3, 7), 123).chars()
                .mapToObj(c -> String.valueOf((char) (c == 'X' ? 'Ｘ' : c - '0' + '０'))).collect(Collectors.joining());
        String wrongCheck = id("610102", LocalDate.of(1991, 4, 8), 456);
        wrongCheck = wrongCheck.substring(0, 17) + (wrongCheck.charAt(17) == '1' ? '2' : '1');
        String csv = "姓名,身份证号码,备注\n"
                + "张三," + x.toLowerCase() + ",小写x\n"
                + "李四," + fullWidth + ",全角数字\n"
                + "王五,610102910101123,15位\n"
                + ",,\n"
                + "张 三," + x + ",与第2行重复\n"
                + "钱七," + wrongCheck + ",校验位错\n"
                + "孙八,,缺号码\n"
                + "Tom," + id("610102", LocalDate.of(1992, 5, 9), 789) + ",姓名\n";
        Api.Response screened = handler.upload(path, "名单.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals(200, screened.status(), screened.body());
        assertCounts(screened.json(), 7, 3, 4, 0);
        assertEquals("SCREENED", handler.get("/api/letters/" + letter).json().getString("status"), "no hit: no review");

        JsonArray rejected = handler.get(path + "/rejected").structure().asJsonArray();
        assertEquals(List.of(6L, 7L, 8L, 9L), rejected.stream().map(r -> r.asJsonObject().getJsonNumber("row").longValue())
                .toList(), "the blank row 5 is no row; every bad one is reported");
        JsonObject duplicate = rejected.getJsonObject(0);
        assertEquals("APPLICANT_DUPLICATE", duplicate.getString("code"));
        assertTrue(duplicate.getString("reason").contains("第 2 行") && duplicate.getString("reasonEn").contains("row 2"),
                duplicate.toString());
        assertEquals("110105********002X", duplicate.getString("idNumber"), "IDs in the report are masked");
        assertEquals("身份证号码校验位不正确", rejected.getJsonObject(1).getString("reason"));
        assertEquals("身份证号码为空", rejected.getJsonObject(2).getString("reason"));
        assertEquals("PERSON_NAME_INVALID", rejected.getJsonObject(3).getString("code"));
        assertEquals(403, reviewer.get(path + "/rejected").status());
        assertEquals(403, Api.as("handler2").get(path + "/rejected").status(), "another handler's letter");
        Api.Response result = handler.get(path + "/result.xlsx");
        assertEquals(200, result.status());
        assertTrue(read(result.bytes()).toString().contains("共查询 3 人，其中系失信联合惩戒对象 0 人，其余 3 人"), "no hit");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static void assertCounts(JsonObject list, long rowsRead, long applicants, long rejected, long matched) {
        JsonObject c = list.getJsonObject("counts");
        assertEquals(List.of(rowsRead, applicants, rejected, matched), List.of(c.getJsonNumber("rowsRead").longValue(),
                c.getJsonNumber("applicants").longValue(), c.getJsonNumber("rejected").longValue(),
                c.getJsonNumber("matched").longValue()), list.toString());
    }


    private static List<List<String>> read(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(c.getStringCellValue()));
                rows.add(cells);
            }
        }
        return rows;
    }
}
