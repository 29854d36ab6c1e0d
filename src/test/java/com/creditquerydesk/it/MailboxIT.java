package com.creditquerydesk.it;

import com.creditquerydesk.domain.shared.Sha256;
import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.TestFiles;
import com.creditquerydesk.testsupport.TestMail;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.DocxLetterRenderer;
import com.creditquerydesk.testsupport.letters.LetterGenerator;
import com.creditquerydesk.testsupport.letters.LetterSpec;
import com.creditquerydesk.testsupport.letters.SpreadsheetListRenderer;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Flags;
import jakarta.mail.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.creditquerydesk.testsupport.Api.person;

/**
 * Issue 18, the mailbox (docs/rules.md#R62), black-box: the test server reads the IMAP mailbox this test runs
 * (GreenMail on {@code cqd.it.mail.port}, pom.xml) every second. A message with the letter and its list attached is
 * one letter of channel EMAIL with both files, read to EXTRACTED, its sender and subject in the note, and the message
 * marked read; a message with an executable is refused, flagged and kept, and nothing is registered.
 */
class MailboxIT {

    private static final int PORT = Integer.getInteger("cqd.it.mail.port", 3143);

    @RegisterExtension
    static final GreenMailExtension IMAP = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));

    private final Api registry = Api.as("registry");

    private GreenMailUser user() {
        return IMAP.setUser("letters@cqd.test", "letters", "it-mailbox");
    }

    /** Waits until the server has marked every message read, and answers their flags. */
    private static List<Flags> awaitRead() throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            List<Flags> flags = TestMail.flags(PORT, "letters", "it-mailbox");
            if (flags.stream().allMatch(f -> f.contains(Flags.Flag.SEEN))) {
                return flags;
            }
            assertTrue(System.nanoTime() < deadline, "the server did not read the mailbox in time: " + flags);
            Thread.sleep(300);
        }
    }

    private Optional<JsonObject> listed(byte[] original) {
        String sha = Sha256.hex(original);
        return registry.get("/api/letters?limit=200").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(l -> l.getJsonObject("file").getString("sha256").equals(sha)).findFirst();
    }

    @Test
    void aMessageWithTheLetterAndItsListIsOneLetterAndIsMarkedRead() throws Exception {
        List<LetterSpec.CandidateSpec> people = LetterGenerator.generate(1881, 4).candidates();
        LetterSpec letterSpec = Workflow.letterWith(1881, people.subList(0, 2));
        byte[] docx = DocxLetterRenderer.render(letterSpec);
        byte[] xlsx = SpreadsheetListRenderer.xlsx(Workflow.letterWith(1882, people.subList(2, 4)));
        user().deliver(TestMail.message("人社局 <hr@example.gov.cn>", "letters@cqd.test", "关于商请查询信用记录的函",
                TestMail.file("来函.docx", docx, Part.ATTACHMENT), TestMail.file("名单.xlsx", xlsx, Part.ATTACHMENT)));
        List<Flags> flags = awaitRead();
        assertEquals(1, flags.size(), "kept in the mailbox");
        assertFalse(flags.get(0).contains(Flags.Flag.FLAGGED), flags.toString());

        JsonObject entry = listed(docx).orElseThrow(() -> new AssertionError("no letter from the message"));
        assertEquals("EMAIL", entry.getString("channel"));
        assertEquals(person("system", "系统"), entry.getJsonObject("receivedBy"));
        assertTrue(entry.getString("note").contains("hr@example.gov.cn")
                && entry.getString("note").contains("关于商请查询信用记录的函"), entry.getString("note"));
        assertEquals("名单.xlsx", entry.getJsonArray("attachments").getJsonObject(0).getString("fileName"));
        JsonObject read = Workflow.awaitRead(Api.as("clerk"), entry.getString("id"));
        assertEquals("EXTRACTED", read.getString("status"), read.toString());
        assertEquals(letterSpec.docNumber(), read.getJsonObject("extraction").getString("docNumber"));
        assertEquals(4, read.getJsonObject("extraction").getJsonArray("candidates").size());
    }

    @Test
    void aMessageWithAnExecutableIsRefusedFlaggedAndKept() throws Exception {
        long before = registry.get("/api/letters?limit=1").json().getJsonNumber("total").longValue();
        user().deliver(TestMail.message("someone@example.com", "letters@cqd.test", "发票",
                TestMail.file("来函.pdf", TestFiles.exe(), Part.ATTACHMENT)));
        List<Flags> flags = awaitRead();
        assertTrue(flags.get(0).contains(Flags.Flag.FLAGGED), flags.toString());
        assertEquals(before, registry.get("/api/letters?limit=1").json().getJsonNumber("total").longValue());
        JsonObject events = Api.as("auditor").get("/api/audit?action=INTAKE_FILE_REJECTED&limit=50").json();
        assertTrue(events.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("detail").contains("someone@example.com")), events.toString());
    }
}
