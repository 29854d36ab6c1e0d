package com.creditquerydesk.it;

import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.HostileFiles;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.DocxLetterRenderer;
import com.creditquerydesk.testsupport.letters.LetterGenerator;
import com.creditquerydesk.testsupport.letters.LetterSpec;
import com.creditquerydesk.testsupport.letters.SpreadsheetListRenderer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18, spreadsheet lists over HTTP (docs/rules.md#R35): a list sent as XLSX, XLS or CSV is read into its
 * candidates, each with the sheet and row it stands on; the letter's fields are the clerk's to enter, and the letter
 * confirms once they are. What is not a list is refused at upload, and nothing is registered.
 */
class SpreadsheetListIT {

    private final Api registry = Api.as("registry");
    private final Api clerk = Api.as("clerk");

    private JsonObject upload(String name, byte[] content) {
        return Workflow.awaitRead(clerk, IntakeIT.created(registry.upload(name, content)).getString("id"));
    }

    private static void assertListReadAs(LetterSpec spec, JsonObject letter, String source, int sheet, int firstRow) {
        assertEquals("EXTRACTED", letter.getString("status"), letter.toString());
        JsonObject e = letter.getJsonObject("extraction");
        assertEquals(source, e.getString("source"));
        JsonArray candidates = e.getJsonArray("candidates");
        assertEquals(spec.candidates().size(), candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            JsonObject c = candidates.getJsonObject(i);
            assertEquals(spec.candidates().get(i).name(), c.getString("name"), "row " + i);
            assertEquals(spec.candidates().get(i).idNumber(), c.getString("idNumber"), "row " + i);
            assertEquals("VALID", c.getString("idCheck"));
            assertEquals(sheet, c.getInt("page"));
            assertEquals(firstRow + i, c.getInt("sheetRow"));
        }
        assertTrue(e.isNull("docNumber"), "a spreadsheet has no letter fields");
    }

    @Test
    void anXlsxListIsReadAndTheClerkEntersTheLetterFieldsAndConfirms() {
        LetterSpec spec = LetterGenerator.generate(1801, 25);
        JsonObject letter = upload("查询对象名单.xlsx", SpreadsheetListRenderer.xlsx(spec));
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                letter.getJsonObject("file").getString("mediaType"));
        assertListReadAs(spec, letter, "XLSX", 2, SpreadsheetListRenderer.FIRST_ROW);
        String id = letter.getString("id");

        // Confirming is refused while the letter's fields are missing.
        Api.Response early = clerk.post("/api/letters/" + id + "/extraction/confirm", Json.createObjectBuilder().build());
        assertEquals(422, early.status(), early.body());
        assertTrue(early.json().getString("message").contains("来函文号缺失"), early.body());

        JsonObject filled = Json.createObjectBuilder(letter.getJsonObject("extraction"))
                .add("docNumber", spec.docNumber()).add("senderUnit", spec.senderUnit())
                .add("addressee", spec.addressee()).add("letterDate", spec.letterDate().toString())
                .add("contactName", spec.contactName()).add("contactPhone", spec.contactPhone())
                .add("queryKind", spec.queryKind()).build();
        Api.Response saved = clerk.put("/api/letters/" + id + "/extraction", filled);
        assertEquals(200, saved.status(), saved.body());
        assertEquals(SpreadsheetListRenderer.FIRST_ROW + 2, saved.json().getJsonObject("extraction")
                .getJsonArray("candidates").getJsonObject(2).getInt("sheetRow"), "the rows keep their place");
        Api.Response confirmed = clerk.post("/api/letters/" + id + "/extraction/confirm", Workflow.CONFIRM);
        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals("VERIFIED", confirmed.json().getString("status"));
        assertEquals(spec.senderUnit(), confirmed.json().getString("requestingUnit"));
    }

    @Test
    void anXlsListIsRead() {
        LetterSpec spec = LetterGenerator.generate(1802, 12);
        assertListReadAs(spec, upload("名单.xls", SpreadsheetListRenderer.xls(spec)), "XLS", 2,
                SpreadsheetListRenderer.FIRST_ROW);
    }

    @Test
    void csvListsInGb18030AndUtf8AreRead() {
        for (String charset : new String[]{"GB18030", "UTF-8"}) {
            LetterSpec spec = LetterGenerator.generate(charset.equals("UTF-8") ? 1803 : 1804, 8);
            assertListReadAs(spec, upload("名单-" + charset + ".csv", SpreadsheetListRenderer.csv(spec,
                    Charset.forName(charset))), "CSV", 1, 2);
        }
    }

    @Test
    void aRepairedIdIsNamedByItsSheetRowWhenConfirmingIsRefused() {
        LetterSpec spec = Workflow.letterWith(1805, LetterGenerator.generate(1805, 3).candidates());
        String good = spec.candidates().get(1).idNumber();
        byte[] csv = new String(SpreadsheetListRenderer.csv(spec, StandardCharsets.UTF_8), StandardCharsets.UTF_8)
                .replace(good, Workflow.withLetterOForZero(good)).getBytes(StandardCharsets.UTF_8);
        JsonObject letter = upload("名单.csv", csv);
        JsonObject second = letter.getJsonObject("extraction").getJsonArray("candidates").getJsonObject(1);
        assertEquals("REPAIRED", second.getString("idCheck"), second.toString());
        assertEquals(good, second.getString("idNumber"));
        Api.Response refused = clerk.post("/api/letters/" + letter.getString("id") + "/extraction/confirm",
                Json.createObjectBuilder().build());
        assertEquals(422, refused.status());
        assertTrue(refused.json().getString("message").contains("第 2 行（工作表 1 第 3 行）身份证号码是自动修复的建议"),
                refused.body());
    }

    /**
     * The letter and its list as a spreadsheet in one registration (docs/rules.md#R38): the fields from the letter, the
     * rows of both merged by ID, a name that differs flagged; each file kept, and the duplicate rule per file.
     */
    @Test
    void aLetterWithItsListAttachedIsOneRegistrationWithTheRowsMerged() {
        List<LetterSpec.CandidateSpec> people = LetterGenerator.generate(1806, 5).candidates();
        LetterSpec letterSpec = Workflow.letterWith(1806, people.subList(0, 3));
        LetterSpec listSpec = Workflow.letterWith(1807, List.of(people.get(1),
                new LetterSpec.CandidateSpec("欧阳明", people.get(2).idNumber()), people.get(3), people.get(4)));
        byte[] docx = DocxLetterRenderer.render(letterSpec);
        byte[] xlsx = SpreadsheetListRenderer.xlsx(listSpec);
        Api.Response created = registry.uploadAll(List.of(Map.entry("来函.docx", docx), Map.entry("附件 名单.xlsx", xlsx)));
        assertEquals(201, created.status(), created.body());
        JsonArray attachments = created.json().getJsonArray("attachments");
        assertEquals(1, attachments.size());
        assertEquals("附件 名单.xlsx", attachments.getJsonObject(0).getString("fileName"));
        String id = created.json().getString("id");

        JsonObject letter = Workflow.awaitRead(clerk, id);
        assertEquals("EXTRACTED", letter.getString("status"), letter.toString());
        JsonObject e = letter.getJsonObject("extraction");
        assertEquals("DOCX+XLSX", e.getString("source"));
        assertEquals(letterSpec.docNumber(), e.getString("docNumber"));
        assertEquals(letterSpec.senderUnit(), e.getString("senderUnit"));
        JsonArray rows = e.getJsonArray("candidates");
        assertEquals(5, rows.size(), "three from the letter, two more from the list, the repeated ones once");
        for (int i = 0; i < 5; i++) {
            assertEquals(people.get(i).idNumber(), rows.getJsonObject(i).getString("idNumber"), "row " + i);
            assertEquals(people.get(i).name(), rows.getJsonObject(i).getString("name"), "row " + i);
        }
        JsonObject conflict = rows.getJsonObject(2);
        assertTrue(conflict.getBoolean("needsCheck"), conflict.toString());
        assertEquals("FILES_DISAGREE", conflict.getJsonArray("doubts").getJsonObject(0).getString("code"), conflict.toString());
        assertEquals("来函与附件中此人姓名不一致", conflict.getJsonArray("doubts").getJsonObject(0).getString("label"));
        assertTrue(conflict.getString("idNote").contains("欧阳明"), conflict.toString());
        assertEquals(SpreadsheetListRenderer.FIRST_ROW + 2, rows.getJsonObject(3).getInt("sheetRow"));
        assertTrue(rows.getJsonObject(1).isNull("idNote") || !rows.getJsonObject(1).getString("idNote").contains("不一致"));

        Api.Response file = clerk.get("/api/letters/" + id + "/attachments/1");
        assertEquals(200, file.status());
        assertTrue(java.util.Arrays.equals(xlsx, file.bytes()), "the attachment as received");
        assertEquals(404, clerk.get("/api/letters/" + id + "/attachments/2").status());

        // The duplicate rule holds for every file: the list alone, or the letter as another letter's attachment.
        Api.Response again = registry.upload("名单.xlsx", xlsx);
        assertEquals(409, again.status(), again.body());
        assertTrue(again.body().contains(id), again.body());
        Api.Response asAttachment = registry.uploadAll(List.of(
                Map.entry("另一函.docx", DocxLetterRenderer.render(LetterGenerator.generate(1808, 2))),
                Map.entry("来函.docx", docx)));
        assertEquals(409, asAttachment.status(), asAttachment.body());
        Api.Response twice = registry.uploadAll(List.of(
                Map.entry("第三函.docx", DocxLetterRenderer.render(LetterGenerator.generate(1809, 2))),
                Map.entry("名单1.csv", SpreadsheetListRenderer.csv(LetterGenerator.generate(1810, 2), StandardCharsets.UTF_8)),
                Map.entry("名单2.csv", SpreadsheetListRenderer.csv(LetterGenerator.generate(1810, 2), StandardCharsets.UTF_8))));
        assertRefused(twice, 400, "FILE_REPEATED");
    }

    @Test
    void whatIsNotAListIsRefusedAndNothingIsRegistered() {
        long before = registry.get("/api/letters?limit=1").json().getJsonNumber("total").longValue();
        assertRefused(registry.upload("名单.xlsx", HostileFiles.xlsxWithoutIdColumn()), 422, "SPREADSHEET_NO_ID_COLUMN");
        assertRefused(registry.upload("名单.csv", HostileFiles.csvInUtf16()), 415, "CSV_ENCODING_UNKNOWN");
        assertRefused(registry.upload("名单.xlsx", HostileFiles.xlsxWithEmptyRows(1_000_000)), 413,
                "SPREADSHEET_TOO_MANY_ROWS");
        assertRefused(registry.upload("名单.xlsx", HostileFiles.xlsxZipBomb()), 413, "XLSX_ZIP_BOMB");
        assertEquals(before, registry.get("/api/letters?limit=1").json().getJsonNumber("total").longValue());
    }

    private static void assertRefused(Api.Response r, int status, String code) {
        assertEquals(status, r.status(), r.body());
        JsonObject error = r.json();
        assertEquals(code, error.getString("code"));
        IntakeIT.assertBilingual(error);
        assertFalse(error.getString("messageEn").isBlank());
    }
}
