package com.creditquerydesk.it;

import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.TestFiles;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.creditquerydesk.testsupport.Api.person;

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
        assertEquals(person("registry", "李收发"), received.getJsonObject("actor"));
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

    /** docs/rules.md#R31, #R34: a checkpoint and the export, each checked with the certificate alone, openssl too. */
    @Test
    void checkpointsAndTheExportAreSignedByTheCentre() throws Exception {
        Api auditor = Api.as("auditor");
        Api.Response signed = auditor.post("/api/audit/checkpoints", Json.createObjectBuilder().build());
        assertEquals(200, signed.status(), signed.body());
        JsonObject checkpoint = signed.json();
        long seq = checkpoint.getJsonNumber("seq").longValue();
        List<JsonObject> listed = auditor.get("/api/audit/checkpoints").structure().asJsonArray().stream()
                .map(v -> v.asJsonObject()).toList();
        assertTrue(listed.contains(checkpoint), listed.toString());

        Api.Response export = auditor.get("/api/audit/export");
        assertEquals(200, export.status(), export.body());
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(export.bytes()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                files.put(e.getName(), zip.readAllBytes());
            }
        }
        assertEquals(Set.of("events.jsonl", "events.jsonl.sig", "centre.pem"), files.keySet());
        X509Certificate centre = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(files.get("centre.pem")));
        byte[] events = files.get("events.jsonl");
        assertTrue(verifies(centre, events, files.get("events.jsonl.sig")));
        byte[] altered = events.clone();
        altered[altered.length / 2] ^= 1;
        assertFalse(verifies(centre, altered, files.get("events.jsonl.sig")), "one byte changed");

        String cpContent = "CQD-AUDIT-CHECKPOINT\n" + seq + "\n" + checkpoint.getString("hash") + "\n"
                + checkpoint.getString("signedAt") + "\n";
        assertTrue(verifies(centre, cpContent.getBytes(StandardCharsets.UTF_8),
                Base64.getDecoder().decode(checkpoint.getString("signature"))), "the checkpoint, as R31 describes it");

        // The export is the trail as it is: one event a line, each linked to the one before, the checkpoint in it.
        List<JsonObject> lines = new String(events, StandardCharsets.UTF_8).lines()
                .map(l -> Json.createReader(new StringReader(l)).readObject()).toList();
        assertEquals(1, lines.get(0).getJsonNumber("seq").longValue());
        for (int i = 1; i < lines.size(); i++) {
            assertEquals(lines.get(i - 1).getString("hash"), lines.get(i).getString("prevHash"));
            assertEquals(i + 1, lines.get(i).getJsonNumber("seq").longValue());
        }
        assertEquals(checkpoint.getString("hash"), lines.get((int) seq - 1).getString("hash"));
        assertTrue(auditor.get("/api/audit?action=AUDIT_EXPORTED").json().getInt("total") >= 1, "the export is recorded");

        // README "The auditor": the same check with openssl.
        if (Files.isExecutable(Path.of("/usr/bin/openssl"))) {
            Path dir = Files.createTempDirectory("audit-export");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Files.write(dir.resolve(f.getKey()), f.getValue());
            }
            Process p = new ProcessBuilder("bash", "-c", "openssl dgst -sha256 -verify <(openssl x509 -in centre.pem "
                    + "-pubkey -noout) -signature events.jsonl.sig events.jsonl").directory(dir.toFile())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), out);
            assertTrue(out.contains("Verified OK"), out);
        }
    }

    private static boolean verifies(X509Certificate cert, byte[] content, byte[] signature) throws Exception {
        Signature s = Signature.getInstance("SHA256with" + cert.getPublicKey().getAlgorithm());
        s.initVerify(cert.getPublicKey());
        s.update(content);
        return s.verify(signature);
    }
}
