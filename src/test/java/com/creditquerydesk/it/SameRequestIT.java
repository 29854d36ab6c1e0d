package com.creditquerydesk.it;

import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.DocxLetterRenderer;
import com.creditquerydesk.testsupport.letters.LetterSpec;
import com.creditquerydesk.testsupport.letters.LetterSpec.CandidateSpec;
import com.creditquerydesk.testsupport.letters.PdfLetterRenderer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One request registered twice from two files (the letter as DOCX, then its PDF): each letter names the other under
 * {@code sameRequest}, a letter of another 文号 names neither, and a voided one is no longer named (docs/rules.md#R73).
 */
class SameRequestIT {

    private final Api registry = Api.as("registry");

    @Test
    void aSecondFileOfTheSameRequestIsNamedOnBothLetters() {
        LetterSpec spec = Workflow.letterWith(97_301, List.of(new CandidateSpec("王小明", Workflow.idMatchingMask("1101051990", "1234"))));
        String first = Workflow.extractedLetter(Api.BASE, "来函.docx", DocxLetterRenderer.render(spec));
        String again = Workflow.extractedLetter(Api.BASE, "来函-扫描.pdf", PdfLetterRenderer.render(spec));
        JsonObject a = registry.get("/api/letters/" + again).json();
        JsonObject f = registry.get("/api/letters/" + first).json();
        assertEquals(spec.docNumber(), a.getString("docNumber"));
        assertTrue(named(a, f.getString("receiptNumber")), a.toString());
        assertTrue(named(f, a.getString("receiptNumber")), f.toString());

        LetterSpec other = Workflow.letterWith(97_302, spec.candidates());
        assertFalse(other.docNumber().equals(spec.docNumber()) && other.senderUnit().equals(spec.senderUnit()));
        String third = Workflow.extractedLetter(Api.BASE, "另函.docx", DocxLetterRenderer.render(other));
        JsonObject t = registry.get("/api/letters/" + third).json();
        assertFalse(named(t, f.getString("receiptNumber")) || named(t, a.getString("receiptNumber")), t.toString());
        // lists carry no such look-up
        assertTrue(registry.get("/api/letters?limit=5").json().getJsonArray("items").getJsonObject(0)
                .getJsonArray("sameRequest").isEmpty());

        Api.Response voided = Api.as("admin").post("/api/letters/" + first + "/void",
                Json.createObjectBuilder().add("reason", "重扫件误登记").build());
        assertEquals(200, voided.status(), voided.body());
        assertFalse(named(registry.get("/api/letters/" + again).json(), f.getString("receiptNumber")));
    }

    private static boolean named(JsonObject letter, String receiptNumber) {
        return letter.getJsonArray("sameRequest").stream().map(JsonValue::asJsonObject)
                .anyMatch(o -> o.getString("receiptNumber").equals(receiptNumber));
    }
}
