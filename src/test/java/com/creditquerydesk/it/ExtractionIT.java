package com.creditquerydesk.it;

import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.DocxLetterRenderer;
import com.creditquerydesk.testsupport.letters.LetterGenerator;
import com.creditquerydesk.testsupport.letters.LetterSpec;
import com.creditquerydesk.testsupport.letters.OfdLetterRenderer;
import com.creditquerydesk.testsupport.letters.PdfLetterRenderer;
import com.creditquerydesk.testsupport.letters.ScanLetterRenderer;
import com.creditquerydesk.testsupport.letters.WordBinaryLetterRenderer;
import jakarta.json.Json;
import com.creditquerydesk.domain.model.extraction.Field;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.creditquerydesk.testsupport.Api.person;

/** Issue 3 over HTTP: letters of each kind are read in the background into the promised fields. */
class ExtractionIT {

    /** Below this, the correction view marks a candidate for the clerk's attention. */

    private final Api registry = Api.as("registry");
    /** Reads what was read: before confirmation the correction clerk's duty covers the IDs (docs/rules.md#R21). */
    private final Api clerk = Api.as("clerk");

    private JsonObject upload(String name, byte[] content) {
        return Workflow.awaitRead(clerk, IntakeIT.created(registry.upload(name, content)).getString("id"));
    }

    /** An electronic letter: every value read right, and so nothing marked for the clerk (docs/rules.md#R50). */
    static void assertReadAs(LetterSpec spec, JsonObject letter) {
        assertCandidatesReadAs(spec, letter, false);
        JsonObject e = letter.getJsonObject("extraction");
        e.getJsonObject("fields").forEach((name, f) -> assertFalse(f.asJsonObject().getBoolean("needsCheck"), name + " " + f));
        e.getJsonArray("candidates").forEach(c -> assertFalse(c.asJsonObject().getBoolean("needsCheck"), c.toString()));
        assertEquals(spec.senderUnit(), e.getString("senderUnit"));
        assertEquals(spec.addressee(), e.getString("addressee"));
        assertEquals(spec.letterDate().toString(), e.getString("letterDate"));
        assertEquals(spec.contactName(), e.getString("contactName"));
        assertEquals(spec.contactPhone(), e.getString("contactPhone"));
        assertEquals(spec.queryKind(), e.getString("queryKind"));
        assertEquals(spec.senderUnit(), letter.getString("requestingUnit"));
    }

    /**
     * The number, the date and the whole list, complete and in order, every ID exact; every field of the contract and
     * every row says whether the clerk must check it. With {@code ocr}, a name the engine could not read exactly (it
     * drops some rare characters such as 垚 燚) must at least be marked needsCheck: never a silent misreading.
     */
    static void assertCandidatesReadAs(LetterSpec spec, JsonObject letter, boolean ocr) {
        assertEquals("EXTRACTED", letter.getString("status"), letter.toString());
        JsonObject e = letter.getJsonObject("extraction");
        assertEquals(spec.docNumber(), e.getString("docNumber"));
        assertEquals(spec.letterDate().toString(), e.getString("letterDate"));
        assertEquals(spec.docNumber(), letter.getString("docNumber"));
        JsonObject fields = e.getJsonObject("fields");
        for (Field f : Field.values()) {
            JsonValue.ValueType marked = fields.getJsonObject(f.key()).get("needsCheck").getValueType();
            assertTrue(marked == JsonValue.ValueType.TRUE || marked == JsonValue.ValueType.FALSE, f.key() + ": " + fields);
        }
        JsonArray candidates = e.getJsonArray("candidates");
        assertEquals(spec.candidates().size(), candidates.size());
        List<String> wrongNames = new java.util.ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            JsonObject c = candidates.getJsonObject(i);
            assertEquals(spec.candidates().get(i).idNumber(), c.getString("idNumber"), "row " + (i + 1));
            assertTrue(c.getBoolean("idValid"));
            if (!spec.candidates().get(i).name().equals(c.getString("name"))) {
                String what = "row " + (i + 1) + ": " + spec.candidates().get(i).name() + " read as " + c.getString("name")
                        + " (confidence " + c.getJsonNumber("confidence").doubleValue() + ", " + c.get("doubts") + ")";
                System.out.println("name misread: " + what);
                if (!ocr || !c.getBoolean("needsCheck")) {
                    wrongNames.add(what);
                }
            }
        }
        assertTrue(wrongNames.isEmpty(), "names misread without a flag: " + wrongNames);
    }

    @Test
    void aDocxLetterIsReadFromItsStructure() {
        LetterSpec spec = LetterGenerator.generate(101, 12);
        JsonObject letter = upload("来函.docx", DocxLetterRenderer.render(spec));
        assertReadAs(spec, letter);
        assertEquals("DOCX", letter.getJsonObject("extraction").getString("source"));
    }

    /** Word 97–2003 binary; WPS Office saves .wps in the same format (docs/rules.md#R36). */
    @Test
    void legacyDocAndWpsLettersAreReadFromTheirText() {
        LetterSpec doc = LetterGenerator.generate(105, 10);
        JsonObject letter = upload("来函.doc", WordBinaryLetterRenderer.render(doc));
        assertReadAs(doc, letter);
        assertEquals("DOC", letter.getJsonObject("extraction").getString("source"));
        assertEquals("application/msword", letter.getJsonObject("file").getString("mediaType"));
        LetterSpec wps = LetterGenerator.generate(106, 7);
        assertReadAs(wps, upload("来函.wps", WordBinaryLetterRenderer.render(wps)));
    }

    /** GB/T 33190 (docs/rules.md#R37): a text layer reads like a text PDF, with positions and drawn pages. */
    @Test
    void anOfdWithATextLayerIsReadWithPositionsAndItsPagesAreDrawn() {
        LetterSpec spec = LetterGenerator.generate(207, 25);
        JsonObject letter = upload("来函.ofd", OfdLetterRenderer.text(spec));
        assertReadAs(spec, letter);
        assertEquals("application/ofd", letter.getJsonObject("file").getString("mediaType"));
        assertPositionedOnAPageImage(letter, "OFD_TEXT", spec.candidates().size() - 1);
    }

    /** The source, and row {@code row} has a box on a page whose image the clerk is served. */
    private void assertPositionedOnAPageImage(JsonObject letter, String source, int row) {
        JsonObject e = letter.getJsonObject("extraction");
        assertEquals(source, e.getString("source"));
        JsonObject candidate = e.getJsonArray("candidates").getJsonObject(row);
        assertEquals(4, candidate.getJsonArray("box").size());
        assertTrue(candidate.getInt("page") >= 1);
        Api.Response page = clerk.get("/api/letters/" + letter.getString("id") + "/pages/" + candidate.getInt("page"));
        assertEquals(200, page.status());
        assertEquals("image/png", page.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void anOfdOfPageImagesGoesToOcr() {
        LetterSpec spec = LetterGenerator.generate(208, 12);
        List<BufferedImage> pages = ScanLetterRenderer.render(spec, ScanLetterRenderer.ScanOptions.clean(300));
        JsonObject letter = upload("扫描件.ofd", OfdLetterRenderer.scan(pages));
        assertCandidatesReadAs(spec, letter, true);
        assertTrue(letter.getJsonObject("extraction").getString("source").startsWith("OCR"));
        assertEquals(pages.size(), letter.getJsonObject("progress").getInt("pagesDone"));
    }

    @Test
    void aTextPdfIsReadFromItsTextLayerWithPositions() {
        LetterSpec spec = LetterGenerator.generate(202, 30);
        JsonObject letter = upload("来函.pdf", PdfLetterRenderer.render(spec));
        assertReadAs(spec, letter);
        assertPositionedOnAPageImage(letter, "PDF_TEXT", 0);
    }

    @Test
    void aScannedLetterWithFiftyCandidatesIsReadCompleteAndInOrder() {
        LetterSpec spec = LetterGenerator.generate(303, 50);
        List<BufferedImage> pages = ScanLetterRenderer.render(spec, ScanLetterRenderer.ScanOptions.clean(300));
        long start = System.nanoTime();
        JsonObject letter = upload("扫描件.tif", ScanLetterRenderer.tiff(pages));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("scanned letter, %d pages, %d candidates: read in %.1f s%n", pages.size(),
                spec.candidates().size(), seconds);
        // The other fields of scans are measured over many letters by the accuracy report (README).
        assertCandidatesReadAs(spec, letter, true);
        JsonObject e = letter.getJsonObject("extraction");
        assertTrue(e.getString("source").startsWith("OCR"));
        assertEquals(pages.size(), letter.getJsonObject("progress").getInt("pagesDone"));
    }

    @Test
    void aClerkCorrectsAnIdAndConfirmsAndTheLetterGoesToAHandler() {
        LetterSpec spec = LetterGenerator.generate(404, 3);
        JsonObject letter = upload("来函.docx", DocxLetterRenderer.render(spec));
        String id = letter.getString("id");
        JsonObject extraction = letter.getJsonObject("extraction");
        // The clerk mistypes an ID: it is saved but marked invalid, and confirming is refused with the reason.
        String good = spec.candidates().get(1).idNumber();
        String bad = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
        JsonObject withBad = replaceId(extraction, 1, bad);
        JsonObject saved = clerk.put("/api/letters/" + id + "/extraction", withBad).json();
        assertFalse(saved.getJsonObject("extraction").getJsonArray("candidates").getJsonObject(1).getBoolean("idValid"));
        Api.Response refused = clerk.post("/api/letters/" + id + "/extraction/confirm", Json.createObjectBuilder().build());
        assertEquals(422, refused.status());
        assertTrue(refused.json().getString("message").contains("第 2 行"), refused.body());
        // Corrected back, it confirms; a handler is drawn.
        assertEquals(200, clerk.put("/api/letters/" + id + "/extraction", replaceId(extraction, 1, good)).status());
        Api.Response confirmed = clerk.post("/api/letters/" + id + "/extraction/confirm", Workflow.CONFIRM);
        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals("VERIFIED", confirmed.json().getString("status"));
        // Drawn among the active handlers (other tests on this server add handlers of their own).
        String drawn = confirmed.json().getJsonObject("handler").getString("username");
        assertTrue(Api.as("admin").get("/api/users").structure().asJsonArray().stream().map(v -> v.asJsonObject())
                .anyMatch(u -> u.getString("username").equals(drawn) && u.getJsonArray("roles").getValuesAs(
                        JsonString::getString).contains("HANDLER")), drawn);
        assertEquals(person("clerk", "王校对"), confirmed.json().getJsonObject("verifiedBy"));
        // Both corrections are audited with before and after, the ID masked.
        JsonArray events = Api.as("auditor").get("/api/audit?letterId=" + id + "&action=EXTRACTION_CORRECTED").json()
                .getJsonArray("items");
        assertEquals(2, events.size());
        String detail = events.getJsonObject(1).getString("detail");
        assertTrue(detail.contains(good.substring(0, 6) + "********" + good.substring(14)), detail);
        assertFalse(detail.contains(good), "no full ID in the audit trail");
        // Only a correction clerk may correct.
        assertEquals(403, registry.put("/api/letters/" + id + "/extraction", withBad).status());
    }

    @Test
    void aRepairedIdMustBeAcceptedByTheClerkBeforeTheLetterIsConfirmed() {
        LetterSpec generated = LetterGenerator.generate(405, 2);
        String good = generated.candidates().get(0).idNumber();
        // The sending unit typed a letter O for a zero: the reading proposes the repair, it does not decide it.
        String typed = Workflow.withLetterOForZero(good);
        LetterSpec spec = Workflow.letterWith(405, List.of(
                new LetterSpec.CandidateSpec(generated.candidates().get(0).name(), typed), generated.candidates().get(1)));
        JsonObject letter = upload("来函.docx", DocxLetterRenderer.render(spec));
        String id = letter.getString("id");
        JsonObject row = letter.getJsonObject("extraction").getJsonArray("candidates").getJsonObject(0);
        assertEquals("REPAIRED", row.getString("idCheck"), row.toString());
        assertEquals(good, row.getString("idNumber"));
        assertEquals(typed, row.getString("idOriginal"));

        Api.Response refused = clerk.post("/api/letters/" + id + "/extraction/confirm", Json.createObjectBuilder().build());
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.json().getString("message").contains("第 1 行身份证号码是自动修复的建议"), refused.body());

        JsonObject extraction = letter.getJsonObject("extraction");
        JsonObject accepted = Json.createObjectBuilder(extraction).add("candidates",
                Json.createArrayBuilder(extraction.getJsonArray("candidates")).set(0,
                        Json.createObjectBuilder(row).add("idCheck", "ACCEPTED"))).build();
        JsonObject saved = clerk.put("/api/letters/" + id + "/extraction", accepted).json();
        JsonObject savedRow = saved.getJsonObject("extraction").getJsonArray("candidates").getJsonObject(0);
        assertEquals("ACCEPTED", savedRow.getString("idCheck"));
        assertEquals(typed, savedRow.getString("idOriginal"), "what was read stays on record");
        Api.Response confirmed = clerk.post("/api/letters/" + id + "/extraction/confirm", Workflow.CONFIRM);
        assertEquals(200, confirmed.status(), confirmed.body());
        String detail = Api.as("auditor").get("/api/audit?letterId=" + id + "&action=EXTRACTION_CORRECTED").json()
                .getJsonArray("items").getJsonObject(0).getString("detail");
        assertTrue(detail.contains("校对员已确认"), detail);
    }

    static JsonObject replaceId(JsonObject extraction, int row, String idNumber) {
        JsonObjectBuilder b = Json.createObjectBuilder(extraction);
        var candidates = Json.createArrayBuilder(extraction.getJsonArray("candidates"));
        candidates.set(row, Json.createObjectBuilder(extraction.getJsonArray("candidates").getJsonObject(row))
                .add("idNumber", idNumber));
        return b.add("candidates", candidates).build();
    }

}
