package com.creditquerydesk.it;

import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.TestFiles;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit trail over HTTP: every step recorded, with who and from where, in a verifiable chain. */
class AuditIT {

    @Test
    void intakeAndReadsOfPersonalDataAreRecorded() {
        Api registry = Api.as("registry");
        JsonObject letter = IntakeIT.created(registry.upload("a.pdf", TestFiles.pdf(1, UUID.randomUUID().toString())));
        String id = letter.getString("id");
        Api clerk = Api.as("clerk");
        assertEquals(200, clerk.get("/api/letters/" + id).status());
        assertEquals(200, clerk.get("/api/letters/" + id + "/file").status());
        JsonObject events = Api.as("auditor").get("/api/audit?letterId=" + id + "&limit=50").json();
        var actions = events.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("action")).toList();
        assertTrue(actions.contains("LETTER_RECEIVED"), actions.toString());
        assertTrue(actions.contains("LETTER_READ"), actions.toString());
        assertTrue(actions.contains("LETTER_FILE_READ"), actions.toString());
        JsonObject received = events.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(e -> e.getString("action").equals("LETTER_RECEIVED")).findFirst().orElseThrow();
        assertEquals("registry", received.getString("actor"));
        assertEquals("收文登记", received.getString("label"), "the API names the action in Chinese beside its code");
        assertFalse(received.getString("ip").isBlank());
        assertEquals(64, received.getString("hash").length());
    }

    @Test
    void theChainVerifies() {
        JsonObject v = Api.as("auditor").get("/api/audit/verify").json();
        assertTrue(v.getBoolean("intact"), v.toString());
        assertTrue(v.getInt("eventsChecked") > 0);
    }

    @Test
    void eventsPageAndFilter() {
        Api auditor = Api.as("auditor");
        JsonObject logins = auditor.get("/api/audit?action=LOGIN&limit=2").json();
        assertTrue(logins.getInt("total") >= 2);
        assertEquals(2, logins.getJsonArray("items").size());
        logins.getJsonArray("items").forEach(v -> assertEquals("LOGIN", v.asJsonObject().getString("action")));
        assertEquals(400, auditor.get("/api/audit?from=yesterday").status());
    }
}
