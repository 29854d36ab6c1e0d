package com.creditquerydesk.it;

import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.Databases;
import com.creditquerydesk.testsupport.ServerProcess;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A trail written before the keyed chain (plain SHA-256 links, docs/rules.md#R30) on a server of its own: at the
 * next start it is verified and linked again under the key, once and recorded; a trail set back to the old format
 * after checkpoints were signed is not re-linked, and verification reports it.
 */
class AuditChainKeyedIT {

    @TempDir
    Path work;

    @Test
    void anOldTrailIsLinkedUnderTheKeyOnlyWhileNoCheckpointExists() throws Exception {
        Map<String, String> env = new HashMap<>(Databases.fresh("cqd_audit_keyed"));
        env.put("CQD_DEMO", "true");
        try (ServerProcess server = new ServerProcess(work, 340, env).start()) {
            Api auditor = Api.as(server.baseUrl(), "auditor");
            assertTrue(auditor.get("/api/audit/verify").json().getBoolean("intact"));
            server.kill();
            String oldHead = toOldFormat(env);

            server.start();
            Api after = Api.as(server.baseUrl(), "auditor");
            JsonObject verify = after.get("/api/audit/verify").json();
            assertTrue(verify.getBoolean("intact"), verify.toString());
            JsonObject keyed = after.get("/api/audit?action=AUDIT_CHAIN_KEYED").json();
            assertEquals(1, keyed.getInt("total"), keyed.toString());
            assertTrue(keyed.getJsonArray("items").getJsonObject(0).getString("detail").contains(oldHead),
                    "the old head is recorded");
            long oldSeq = Long.parseLong(oldHead.substring(0, oldHead.indexOf(':')));
            JsonObject relinked = after.get("/api/audit?limit=500").json().getJsonArray("items").stream()
                    .map(v -> v.asJsonObject()).filter(e -> e.getJsonNumber("seq").longValue() == oldSeq)
                    .findFirst().orElseThrow();
            assertNotEquals(oldHead.substring(oldHead.indexOf(':') + 1), relinked.getString("hash"), "linked again");

            // Once a checkpoint is signed, setting the trail back to the old format is tampering, not a migration.
            assertEquals(200, after.post("/api/audit/checkpoints", jakarta.json.Json.createObjectBuilder().build()).status());
            server.kill();
            toOldFormat(env);
            server.start();
            JsonObject refused = Api.as(server.baseUrl(), "auditor").get("/api/audit/verify").json();
            assertFalse(refused.getBoolean("intact"), refused.toString());
            assertEquals(1, refused.getJsonNumber("firstBrokenSeq").longValue());
        }
    }

    /** Re-links every row with plain SHA-256 and marks the head as the old format; answers the head (seq:hash). */
    private String toOldFormat(Map<String, String> env) throws Exception {
        try (Connection c = connect(env)) {
            c.setAutoCommit(false);
            String prev = "0".repeat(64);
            long seq = 0;
            try (ResultSet rs = c.createStatement().executeQuery("SELECT seq, occurred_at, actor, ip, action, letter_id, "
                    + "detail FROM audit_event ORDER BY seq");
                 PreparedStatement up = c.prepareStatement("UPDATE audit_event SET prev_hash = ?, hash = ? WHERE seq = ?")) {
                while (rs.next()) {
                    seq = rs.getLong(1);
                    String canonical = String.join("\u001f", Long.toString(seq),
                            rs.getObject(2, OffsetDateTime.class).toInstant().toString(), nz(rs.getString(3)),
                            nz(rs.getString(4)), nz(rs.getString(5)), nz(rs.getString(6)), nz(rs.getString(7)), prev);
                    String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(canonical.getBytes(StandardCharsets.UTF_8)));
                    up.setString(1, prev);
                    up.setString(2, hash);
                    up.setLong(3, seq);
                    up.executeUpdate();
                    prev = hash;
                }
            }
            try (PreparedStatement head = c.prepareStatement(
                    "UPDATE audit_head SET last_seq = ?, last_hash = ?, chain_format = 'SHA256' WHERE id = 1")) {
                head.setLong(1, seq);
                head.setString(2, prev);
                head.executeUpdate();
            }
            c.commit();
            return seq + ":" + prev;
        }
    }

    private Connection connect(Map<String, String> env) throws Exception {
        if (env.containsKey("CQD_DB_URL")) {
            return DriverManager.getConnection(env.get("CQD_DB_URL"), env.get("CQD_DB_USER"), env.get("CQD_DB_PASSWORD"));
        }
        // The killed JVM lets go of the file a moment after its launcher has exited.
        for (int attempt = 0; ; attempt++) {
            try {
                return DriverManager.getConnection("jdbc:h2:file:" + work.resolve("data/db/cqd") + ";REUSE_SPACE=FALSE",
                        "sa", "cqd-embedded");
            } catch (java.sql.SQLException inUse) {
                if (attempt == 60) {
                    throw inUse;
                }
                Thread.sleep(500);
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
