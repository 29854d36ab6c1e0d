package com.creditquerydesk.it;

import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.TestFiles;
import com.creditquerydesk.testsupport.Workflow;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every answer carries the browser's protections; API answers, page images included, are never cached; polling a
 * letter's status is not a look at its personal data (issue 13).
 */
class SecurityHeadersIT {

    @Test
    void theInterfaceRunsNoInlineScriptAndCannotBeFramed() {
        Api.Response page = Api.anonymous().get("/");
        assertEquals(200, page.status());
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("script-src 'self'"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElseThrow());
        // The pages the server writes itself keep to the same policy: no inline style or script.
        Api.Response verify = Api.anonymous().get("/verify/NO-SUCH-CODE");
        assertEquals(404, verify.status());
        assertFalse(verify.body().contains("style=") || verify.body().contains("<script"), verify.body());
    }

    @Test
    void answersWithPersonalDataAreNotCached() {
        Api registry = Api.as("registry");
        Api clerk = Api.as("clerk");
        Api.Response created = registry.upload("headers.pdf", TestFiles.pdf(1, UUID.randomUUID().toString()));
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        Workflow.awaitRead(clerk, id);
        for (String path : new String[]{"/api/letters/" + id, "/api/letters/" + id + "/file",
                "/api/letters/" + id + "/pages/1"}) {
            Api.Response r = clerk.get(path);
            assertEquals(200, r.status(), path + ": " + r.body());
            assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(null), path);
        }
        // Polling the light status while the letter was read left no trace; the two full looks did.
        JsonObject reads = Api.as("auditor").get("/api/audit?letterId=" + id + "&action=LETTER_READ").json();
        assertEquals(2, reads.getJsonArray("items").size(), reads.toString());
        assertFalse(registry.get("/api/letters/" + id + "/status").body().contains("candidates"),
                "the status holds nothing that was read");
    }
}
