package com.creditquerydesk.it;

import com.creditquerydesk.domain.shared.Sha256;
import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.TestFiles;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.DocxLetterRenderer;
import com.creditquerydesk.testsupport.letters.LetterGenerator;
import com.creditquerydesk.testsupport.letters.LetterSpec;
import com.creditquerydesk.testsupport.letters.SpreadsheetListRenderer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18, a file added to a registered letter before it is confirmed (docs/rules.md#R61), over HTTP: the list sent
 * after the letter is stored and hashed, the letter read again from both files, the duplicate rule applies to it
 * (409), and once the letter is confirmed no file is added (409, in Chinese and English).
 */
class AddFileIT {

    private final Api registry = Api.as("registry");
    private final Api clerk = Api.as("clerk");

    private Api.Response add(String id, String name, byte[] content) {
        return registry.upload("/api/letters/" + id + "/attachments", name, content, Map.of());
    }

    @Test
    void theListSentLaterIsAddedAndReadWithTheLetterUntilItIsConfirmed() {
        List<LetterSpec.CandidateSpec> people = LetterGenerator.generate(1861, 4).candidates();
        LetterSpec letterSpec = Workflow.letterWith(1861, people.subList(0, 2));
        byte[] docx = DocxLetterRenderer.render(letterSpec);
        String id = Workflow.extractedLetter(Api.BASE, "来函.docx", docx);
        assertEquals(2, clerk.get("/api/letters/" + id).json().getJsonObject("extraction").getJsonArray("candidates")
                .size());

        byte[] xlsx = SpreadsheetListRenderer.xlsx(Workflow.letterWith(1862, people.subList(2, 4)));
        Api.Response added = add(id, "补充名单.xlsx", xlsx);
        assertEquals(201, added.status(), added.body());
        assertTrue(added.headers().firstValue("Location").orElse("").endsWith("/api/letters/" + id + "/attachments/1"),
                added.headers().toString());
        JsonArray attachments = added.json().getJsonArray("attachments");
        assertEquals(1, attachments.size());
        assertEquals("补充名单.xlsx", attachments.getJsonObject(0).getString("fileName"));
        assertEquals(Sha256.hex(xlsx), attachments.getJsonObject(0).getString("sha256"));

        JsonObject letter = Workflow.awaitRead(clerk, id);
        assertEquals("EXTRACTED", letter.getString("status"), letter.toString());
        JsonObject e = letter.getJsonObject("extraction");
        assertEquals("DOCX+XLSX", e.getString("source"), "read again from both files");
        assertEquals(letterSpec.docNumber(), e.getString("docNumber"));
        JsonArray rows = e.getJsonArray("candidates");
        assertEquals(4, rows.size(), rows.toString());
        for (int i = 0; i < 4; i++) {
            assertEquals(people.get(i).idNumber(), rows.getJsonObject(i).getString("idNumber"), "row " + i);
        }
        Api.Response file = clerk.get("/api/letters/" + id + "/attachments/1");
        assertTrue(Arrays.equals(xlsx, file.bytes()), "stored as sent");

        // The duplicate rule per file: the same list again, or the letter itself, is refused and nothing is added.
        Api.Response again = add(id, "名单.xlsx", xlsx);
        assertEquals(409, again.status(), again.body());
        assertEquals("LETTER_DUPLICATE", again.json().getString("code"));
        Api.Response itself = add(id, "来函.docx", docx);
        assertEquals(409, itself.status(), itself.body());
        Api.Response exe = add(id, "名单.pdf", TestFiles.exe());
        assertEquals(415, exe.status(), exe.body());
        Api.Response none = registry.upload("/api/letters/" + id + "/attachments", "x", new byte[0], Map.of());
        assertEquals(400, none.status(), none.body());
        assertEquals(1, registry.get("/api/letters/" + id).json().getJsonArray("attachments").size());
        assertEquals(403, clerk.upload("/api/letters/" + id + "/attachments", "c.pdf", TestFiles.pdf(1, "c-" + id),
                Map.of()).status(), "the registry's step");

        Workflow.verified(Api.BASE, id);
        Api.Response late = add(id, "迟到的附件.pdf", TestFiles.pdf(1, "late-" + id));
        assertEquals(409, late.status(), late.body());
        JsonObject error = late.json();
        assertEquals("FILE_NOT_ADDABLE", error.getString("code"));
        IntakeIT.assertBilingual(error);
        assertTrue(error.getString("message").contains("已校对确认") && error.getString("messageEn").contains("confirmed"),
                error.toString());
        assertEquals(1, registry.get("/api/letters/" + id).json().getJsonArray("attachments").size());
        assertEquals("VERIFIED", registry.get("/api/letters/" + id + "/status").json().getString("status"));

        JsonObject events = Api.as("auditor").get("/api/audit?letterId=" + id + "&action=LETTER_FILE_ADDED").json();
        assertEquals(1, events.getJsonArray("items").size(), events.toString());
    }
}
