package com.creditquerydesk.it;

import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.LetterSpec.CandidateSpec;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 知悉范围 (docs/rules.md#R21): each duty sees a letter's ID numbers, original and pages in full only while it needs
 * them; everyone else gets them masked to 6 + 4 characters or not at all, and only full looks are recorded.
 */
class PersonalDataScopeIT {

    private static String masked(String id) {
        return id.substring(0, 6) + "********" + id.substring(14);
    }

    private static List<String> ids(JsonArray rows) {
        return rows.stream().map(v -> v.asJsonObject().getString("idNumber")).toList();
    }

    @Test
    void eachDutySeesThePersonalDataItNeedsAndNoMore() {
        String id = Workflow.verifiedLetter(Workflow.letterWith(601, List.of(
                new CandidateSpec("王小明", ScreeningIT.CLEAN_ID), new CandidateSpec(ScreeningIT.LISTED_NAME, ScreeningIT.LISTED_ID))));
        List<String> full = List.of(ScreeningIT.CLEAN_ID, ScreeningIT.LISTED_ID);
        List<String> hidden = full.stream().map(PersonalDataScopeIT::masked).toList();

        for (String user : List.of("registry", "admin", "officer", "handler2", "reviewer")) {
            Api api = Api.as(user);
            JsonObject letter = api.get("/api/letters/" + id).json();
            assertEquals(hidden, ids(letter.getJsonObject("extraction").getJsonArray("candidates")), user);
            assertFalse(letter.getBoolean("personalDataInFull"), user);
            Api.Response file = api.get("/api/letters/" + id + "/file");
            assertEquals(403, file.status(), user);
            assertEquals("PERSONAL_DATA_OUT_OF_SCOPE", file.json().getString("code"), user);
            assertEquals(403, api.get("/api/letters/" + id + "/pages/1").status(), user);
        }
        // The clerk who confirmed the list, until it is screened, and the handler it went to.
        for (String user : List.of("clerk", "handler")) {
            JsonObject letter = Api.as(user).get("/api/letters/" + id).json();
            assertEquals(full, ids(letter.getJsonObject("extraction").getJsonArray("candidates")), user);
            assertTrue(letter.getBoolean("personalDataInFull"), user);
            assertEquals(200, Api.as(user).get("/api/letters/" + id + "/file").status(), user);
        }

        Api handler = Api.as("handler");
        Api.Response screened = handler.post("/api/letters/" + id + "/screening", Json.createObjectBuilder().build());
        assertEquals(200, screened.status(), screened.body());
        assertEquals(full, ids(screened.json().getJsonArray("results")));
        assertEquals(hidden, ids(Api.as("clerk").get("/api/letters/" + id).json().getJsonObject("extraction")
                .getJsonArray("candidates")), "the clerk's duty ended with the screening");
        for (String user : List.of("handler2", "officer")) {
            assertEquals(hidden, ids(Api.as(user).get("/api/letters/" + id + "/screening").json().getJsonArray("results")),
                    user);
        }
        // The reviewer sees the hit, not the candidate with no record; so does the answer to his review.
        Api reviewer = Api.as("reviewer");
        List<String> hitOnly = List.of(hidden.get(0), full.get(1));
        assertEquals(hitOnly, ids(reviewer.get("/api/letters/" + id + "/screening").json().getJsonArray("results")));
        Api.Response reviewed = reviewer.post("/api/letters/" + id + "/screening/results/2/review",
                Json.createObjectBuilder().add("decision", "CONFIRM").build());
        assertEquals(200, reviewed.status(), reviewed.body());
        assertEquals(hitOnly, ids(reviewed.json().getJsonArray("results")));

        // The audit administrator reads the trail, not the letters (docs/rules.md#R22).
        Api auditor = Api.as("auditor");
        assertEquals(403, auditor.get("/api/letters/" + id).status());
        assertEquals(403, auditor.get("/api/letters/" + id + "/screening").status());
        // Masked looks leave no trace; every full one does.
        for (String user : List.of("registry", "auditor", "admin", "officer", "handler2")) {
            assertEquals(0, auditor.get("/api/audit?letterId=" + id + "&actor=" + user + "&action=LETTER_READ").json()
                    .getJsonArray("items").size(), user);
        }
        assertTrue(auditor.get("/api/audit?letterId=" + id + "&actor=handler&action=LETTER_READ").json()
                .getJsonArray("items").size() >= 1);
    }
}
