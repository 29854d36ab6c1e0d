package com.creditquerydesk.it;

import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.DocxLetterRenderer;
import com.creditquerydesk.testsupport.letters.LetterSpec;
import com.creditquerydesk.testsupport.letters.LetterSpec.CandidateSpec;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15 §3 over HTTP: a letter addressed to another unit is shown so and answered only by an explicit choice
 * (docs/rules.md#R85); one addressed to this centre by a short name passes as before.
 */
class AddresseeIT {

    private final Api clerk = Api.as("clerk");

    private static String extracted(long seed, String addressee) {
        LetterSpec s = Workflow.letterWith(seed, List.of(new CandidateSpec("王小明",
                Workflow.idMatchingMask("1101051990", "1234"))));
        LetterSpec to = new LetterSpec(s.seed(), s.queryKind(), s.title(), s.body(), s.docNumber(), addressee,
                s.senderUnit(), s.letterDate(), s.chineseNumeralDate(), s.contactName(), s.contactPhone(), s.candidates(),
                s.extraColumns(), s.letterhead());
        return Workflow.extractedLetter(Api.BASE, "主送.docx", DocxLetterRenderer.render(to));
    }

    @Test
    void aLetterToTheNationalCentreIsConfirmedOnlyByChoice() {
        String id = extracted(8501, "国家公共信用信息中心");
        JsonObject letter = clerk.get("/api/letters/" + id).json();
        assertEquals("国家公共信用信息中心", letter.getString("addressedElsewhere"));

        String confirm = "/api/letters/" + id + "/extraction/confirm";
        Api.Response refused = clerk.post(confirm, Json.createObjectBuilder().build());
        assertEquals(409, refused.status(), refused.body());
        assertEquals("ADDRESSED_ELSEWHERE", refused.json().getString("code"));
        IntakeIT.assertBilingual(refused.json());
        assertTrue(refused.json().getString("message").contains("国家公共信用信息中心"), refused.body());
        assertEquals("EXTRACTED", clerk.get("/api/letters/" + id).json().getString("status"), "nothing changed");

        Api.Response confirmed = clerk.post(confirm, Workflow.CONFIRM);
        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals("VERIFIED", confirmed.json().getString("status"));
        String detail = Api.as("auditor").get("/api/audit?letterId=" + id + "&action=EXTRACTION_VERIFIED").json()
                .getJsonArray("items").getJsonObject(0).getString("detail");
        assertTrue(detail.contains("来函主送「国家公共信用信息中心」，确认由本中心办理"), detail);
    }

    @Test
    void aLetterToThisCentreByItsShortNameNeedsNoChoice() {
        String id = extracted(8502, "省信息中心（省信用办）");
        assertFalse(clerk.get("/api/letters/" + id).json().containsKey("addressedElsewhere"));
        Api.Response confirmed = clerk.post("/api/letters/" + id + "/extraction/confirm", Json.createObjectBuilder().build());
        assertEquals(200, confirmed.status(), confirmed.body());
    }

    @Test
    void aMalformedBodyIsRefused() {
        String id = extracted(8503, "陕西省公共信用信息中心");
        Api.Response r = clerk.postRaw("/api/letters/" + id + "/extraction/confirm", "[true");
        assertEquals(400, r.status(), r.body());
        IntakeIT.assertBilingual(r.json());
        assertEquals("EXTRACTED", clerk.get("/api/letters/" + id).json().getString("status"));
    }
}
