package com.creditquerydesk.it;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.InContainer;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In-container (Arquillian): edits one audit row directly in the database, as an insider with SQL access
 * would, and shows that the auditor's verification names exactly that event; then puts the row back.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTamperIT {

    @Deployment
    static WebArchive deployment() {
        return InContainer.withApi(ShrinkWrap.create(WebArchive.class, "audit-tamper-test.war")
                .addClass(AuditTamperIT.class));
    }

    @Resource(lookup = "java:jboss/datasources/CqdDS")
    DataSource dataSource;

    @Test
    void editingOneRowIsFoundByVerify() throws Exception {
        String token = login();
        assertTrue(verify(token).getBoolean("intact"), "the chain is intact before the edit");
        long seq;
        String original;
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT seq, detail FROM audit_event WHERE seq = (SELECT MAX(seq) - 1 FROM audit_event)")) {
            assertTrue(rs.next());
            seq = rs.getLong(1);
            original = rs.getString(2);
        }
        update(seq, "篡改后的内容");
        try {
            JsonObject broken = verify(token);
            assertFalse(broken.getBoolean("intact"));
            assertEquals(seq, broken.getJsonNumber("firstBrokenSeq").longValue());
        } finally {
            update(seq, original);
        }
        assertTrue(verify(token).getBoolean("intact"), "restoring the row restores the chain");
    }

    private void update(long seq, String detail) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE audit_event SET detail = ? WHERE seq = ?")) {
            ps.setString(1, detail);
            ps.setLong(2, seq);
            assertEquals(1, ps.executeUpdate());
        }
    }

    private static String login() throws Exception {
        return Api.as("auditor").token();
    }

    private static JsonObject verify(String token) throws Exception {
        return call("/api/audit/verify", token, null);
    }

    private static JsonObject call(String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:8080" + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }
}
