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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In-container (Arquillian): tampers with the audit trail directly in the database, as an insider with SQL access
 * but without the chain's key would, and shows that verification finds it (docs/rules.md#R30–#R32): an edited row;
 * the last 3 events deleted and the head row set back to match; a row edited and every later hash recomputed; the
 * trail truncated below the head a signed reply carries. Each test puts the rows back and shows the chain intact
 * again, since the other tests share the server.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditTamperIT {

    @Deployment
    static WebArchive deployment() {
        // PersonalDataIT for its smallest letter DOCX (a signed reply needs a letter).
        return InContainer.withApi(ShrinkWrap.create(WebArchive.class, "audit-tamper-test.war")
                .addClasses(AuditTamperIT.class, PersonalDataIT.class));
    }

    @Resource(lookup = "java:jboss/datasources/CqdDS")
    DataSource dataSource;

    /** One row of audit_event, every column, to put back. */
    private record Row(long seq, OffsetDateTime occurredAt, String actor, String ip, String action, String letterId,
                       String detail, String prevHash, String hash) {
        /** The fields in the order and form the server hashes them (AuditEvent.canonical). */
        String canonical(String prev) {
            return String.join("\u001f", Long.toString(seq), occurredAt.toInstant().toString(), nz(actor), nz(ip),
                    nz(action), nz(letterId), nz(detail), prev);
        }

        Row with(String newDetail, String newPrev, String newHash) {
            return new Row(seq, occurredAt, actor, ip, action, letterId, newDetail, newPrev, newHash);
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }
    }

    @Test
    @Order(1)
    void aReplysAuditHeadExposesALaterTruncation() throws Exception {
        String auditor = login("auditor");
        byte[] pdf = signedReply();
        JsonObject before = replyCheck(auditor, pdf);
        assertTrue(before.getJsonObject("trail").getBoolean("intact"), before.toString());
        long replySeq = before.getJsonObject("replyHead").getJsonNumber("seq").longValue();
        assertTrue(replySeq > 0);

        List<Row> saved = rowsFrom(replySeq);
        try {
            // Everything from the reply's head on is deleted, and the head row set to the event now last.
            truncateFrom(replySeq);
            JsonObject after = replyCheck(auditor, pdf);
            JsonObject trail = after.getJsonObject("trail");
            assertFalse(trail.getBoolean("intact"), after.toString());
            assertEquals(replySeq, trail.getJsonNumber("firstBrokenSeq").longValue());
            assertTrue(trail.getString("reasonEn").contains("the audit head the reply carries"), trail.toString());
        } finally {
            restore(saved);
        }
        assertTrue(replyCheck(auditor, pdf).getJsonObject("trail").getBoolean("intact"), "restored");
    }

    /** The attack found: deleting the newest 3 events and fixing the head row verified as intact. */
    @Test
    @Order(2)
    void deletingTheLastThreeEventsAndFixingTheHeadIsFound() throws Exception {
        String token = login("auditor");
        assertTrue(verify(token).getBoolean("intact"), "the chain is intact before");
        long checkpointSeq = call("/api/audit/checkpoints", token, "{}").getJsonNumber("seq").longValue();
        long last = maxSeq();
        assertTrue(last - 3 < checkpointSeq, "the deleted events include the checkpointed one (last " + last + ")");

        List<Row> saved = rowsFrom(last - 2);
        try {
            truncateFrom(last - 2);
            JsonObject broken = verify(token);
            assertFalse(broken.getBoolean("intact"), broken.toString());
            assertEquals(last - 2, broken.getJsonNumber("firstBrokenSeq").longValue());
            assertTrue(broken.getString("reasonEn").contains("truncated"), broken.toString());
        } finally {
            restore(saved);
        }
        assertTrue(verify(token).getBoolean("intact"), "restoring the rows restores the chain");
    }

    /** The attack found: editing a row and recomputing every later hash (and the head) verified as intact. */
    @Test
    @Order(3)
    void editingARowAndRecomputingEveryLaterHashIsFound() throws Exception {
        String token = login("auditor");
        for (int i = 0; i < 4; i++) {
            // events after the last checkpoint (each export is recorded), so the control below meets no checkpoint
            HttpResponse<byte[]> export = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:8080/api/audit/export")).header("Authorization", "Bearer " + token)
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, export.statusCode());
        }
        assertTrue(verify(token).getBoolean("intact"), "the chain is intact before");
        long edited = maxSeq() - 3;
        List<Row> saved = rowsFrom(edited);
        try {
            rewriteFrom(saved, sha256());
            JsonObject broken = verify(token);
            assertFalse(broken.getBoolean("intact"), broken.toString());
            assertEquals(edited, broken.getJsonNumber("firstBrokenSeq").longValue());

            // Control: the same rewrite with the chain's key (which the insider does not have) verifies, so the
            // rewrite above is exactly the server's rule and only the key is missing.
            restore(saved);
            rewriteFrom(saved, hmac(Base64.getDecoder().decode(Files.readString(dataDir().resolve("keys/audit.key")).strip())));
            assertTrue(verify(token).getBoolean("intact"), "with the key the rewrite is consistent link by link");
        } finally {
            restore(saved);
        }
        assertTrue(verify(token).getBoolean("intact"), "restoring the rows restores the chain");
    }

    @Test
    @Order(4)
    void editingOneRowIsFoundByVerify() throws Exception {
        String token = login("auditor");
        assertTrue(verify(token).getBoolean("intact"), "the chain is intact before the edit");
        long seq = maxSeq() - 1;
        List<Row> saved = rowsFrom(seq);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE audit_event SET detail = ? WHERE seq = ?")) {
            ps.setString(1, "篡改后的内容");
            ps.setLong(2, seq);
            assertEquals(1, ps.executeUpdate());
        }
        try {
            JsonObject broken = verify(token);
            assertFalse(broken.getBoolean("intact"));
            assertEquals(seq, broken.getJsonNumber("firstBrokenSeq").longValue());
        } finally {
            restore(saved);
        }
        assertTrue(verify(token).getBoolean("intact"), "restoring the row restores the chain");
    }

    /** A letter on its path to a signed reply; answers the signed PDF. */
    private byte[] signedReply() throws Exception {
        String registry = login("registry");
        String letterId = upload(registry, PersonalDataIT.docxWithList("赵敏", PersonalDataIT.uniqueId()));
        String clerk = login("clerk");
        for (int i = 0; i < 600 && !"EXTRACTED".equals(get(clerk, "/api/letters/" + letterId + "/status")
                .getString("status")); i++) {
            Thread.sleep(300);
        }
        call("/api/letters/" + letterId + "/extraction/confirm", clerk, "{\"answerAddressedElsewhere\":true}");
        call("/api/letters/" + letterId + "/handler", login("admin"), "{\"handler\":\"handler\",\"reason\":\"测试：固定经办人\"}");
        String handler = login("handler");
        call("/api/letters/" + letterId + "/screening", handler, "{}");
        call("/api/letters/" + letterId + "/reply", handler, "{}");
        Api officer = Api.as("officer");
        assertEquals("SIGNED", call("/api/letters/" + letterId + "/sign-off", officer.token(),
                officer.signOffBody("demo-officer").toString()).getString("status"));
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:8080/api/letters/" + letterId + "/reply.pdf"))
                .header("Authorization", "Bearer " + handler).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        return pdf.body();
    }

    private List<Row> rowsFrom(long seq) throws Exception {
        List<Row> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT seq, occurred_at, actor, ip, action, letter_id, detail, "
                     + "prev_hash, hash FROM audit_event WHERE seq >= ? ORDER BY seq")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
        }
        assertFalse(rows.isEmpty(), "events from " + seq);
        return rows;
    }

    private long maxSeq() throws Exception {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT MAX(seq) FROM audit_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Deletes the events from seq on and sets the head row to the one before, as an insider would. */
    private void truncateFrom(long seq) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            String prevHash;
            try (PreparedStatement ps = c.prepareStatement("SELECT hash FROM audit_event WHERE seq = ?")) {
                ps.setLong(1, seq - 1);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    prevHash = rs.getString(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM audit_event WHERE seq >= ?")) {
                ps.setLong(1, seq);
                ps.executeUpdate();
            }
            setHead(c, seq - 1, prevHash);
            c.commit();
        }
    }

    /** Edits the first row's detail and re-links it and every later row by {@code mac}, head row included. */
    private void rewriteFrom(List<Row> rows, UnaryOperator<String> mac) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            String prev = rows.get(0).prevHash();
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE audit_event SET detail = ?, prev_hash = ?, hash = ? WHERE seq = ?")) {
                for (int i = 0; i < rows.size(); i++) {
                    Row r = rows.get(i);
                    String detail = i == 0 ? "篡改后的内容" : r.detail();
                    String hash = mac.apply(r.with(detail, prev, null).canonical(prev));
                    ps.setString(1, detail);
                    ps.setString(2, prev);
                    ps.setString(3, hash);
                    ps.setLong(4, r.seq());
                    assertEquals(1, ps.executeUpdate());
                    prev = hash;
                }
            }
            setHead(c, rows.get(rows.size() - 1).seq(), prev);
            c.commit();
        }
    }

    /** Puts the saved rows back as they were, and the head row on the last of them. */
    private void restore(List<Row> rows) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement del = c.prepareStatement("DELETE FROM audit_event WHERE seq >= ?")) {
                del.setLong(1, rows.get(0).seq());
                del.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_event (seq, occurred_at, actor, ip, action, "
                    + "letter_id, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Row r : rows) {
                    ps.setLong(1, r.seq());
                    ps.setObject(2, r.occurredAt());
                    ps.setString(3, r.actor());
                    ps.setString(4, r.ip());
                    ps.setString(5, r.action());
                    ps.setString(6, r.letterId());
                    ps.setString(7, r.detail());
                    ps.setString(8, r.prevHash());
                    ps.setString(9, r.hash());
                    ps.executeUpdate();
                }
            }
            Row last = rows.get(rows.size() - 1);
            setHead(c, last.seq(), last.hash());
            c.commit();
        }
    }

    private static void setHead(Connection c, long seq, String hash) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            ps.setLong(1, seq);
            ps.setString(2, hash);
            assertEquals(1, ps.executeUpdate());
        }
    }

    /** The rule an insider can compute: plain SHA-256. */
    private static UnaryOperator<String> sha256() {
        return canonical -> {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(canonical.getBytes(StandardCharsets.UTF_8)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static UnaryOperator<String> hmac(byte[] key) {
        return canonical -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static Path dataDir() {
        return Path.of(System.getenv().getOrDefault("CQD_DATA_DIR", System.getProperty("user.dir") + "/data"));
    }

    private static String login(String username) {
        return Api.as(username).token();
    }

    private static JsonObject verify(String token) throws Exception {
        return get(token, "/api/audit/verify");
    }

    private static JsonObject replyCheck(String token, byte[] pdf) throws Exception {
        return json(HttpRequest.newBuilder(URI.create("http://localhost:8080/api/audit/reply-check"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build());
    }

    private static JsonObject get(String token, String path) throws Exception {
        return call(path, token, null);
    }

    private static String upload(String token, byte[] docx) throws Exception {
        String boundary = "----audit" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"l.docx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + docx.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(docx, 0, body, head.length, docx.length);
        System.arraycopy(tail, 0, body, head.length + docx.length, tail.length);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:8080/api/letters")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject().getString("id");
    }

    private static JsonObject call(String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:8080" + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        return json(b.build());
    }

    private static JsonObject json(HttpRequest request) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }
}
