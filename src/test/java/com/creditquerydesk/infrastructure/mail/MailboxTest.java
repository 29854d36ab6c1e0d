package com.creditquerydesk.infrastructure.mail;

import com.creditquerydesk.application.intake.IntakeService.Upload;
import com.creditquerydesk.application.intake.UnattendedIntake;
import com.creditquerydesk.application.intake.UnattendedIntake.Outcome;
import com.creditquerydesk.application.intake.UnattendedIntake.Result;
import com.creditquerydesk.domain.model.letter.Channel;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.infrastructure.config.MailboxSettings;
import com.creditquerydesk.testsupport.TestMail;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mailbox (docs/rules.md#R62) against an in-process IMAP server: a message's attachments in order are one
 * arrival, its sender and subject the note; the message is marked read once registered, flagged too when refused,
 * left unread when the server is busy, and never deleted.
 */
class MailboxTest {

    @RegisterExtension
    static final GreenMailExtension IMAP = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort());

    private GreenMailUser user;

    /** What intake was handed, and what it answers. */
    private final List<List<Upload>> registered = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();
    private Result answer = Result.REGISTERED;

    private final UnattendedIntake intake = new UnattendedIntake() {
        @Override
        public Outcome register(Upload letterFile, List<Upload> attachments, Channel channel, String source) {
            assertEquals(Channel.EMAIL, channel);
            List<Upload> all = new ArrayList<>(List.of(letterFile));
            all.addAll(attachments);
            registered.add(all);
            sources.add(source);
            return answer == Result.REFUSED ? refused(channel, source, new DomainException("FILE_TYPE_UNSUPPORTED",
                    "不支持的文件类型", "unsupported file type")) : new Outcome(answer, "收2026-0001", null, null);
        }

        @Override
        public Outcome refused(Channel channel, String source, DomainException why) {
            refusals.add(why.code());
            return new Outcome(Result.REFUSED, null, why.messageZh(), why.messageEn());
        }
    };

    @BeforeEach
    void mailbox() {
        user = IMAP.setUser("letters@cqd.test", "letters", "secret");
    }

    private Mailbox mailbox(long maxBytes) {
        return new Mailbox(new MailboxSettings("imap", "127.0.0.1", IMAP.getImap().getPort(), "letters", "secret",
                "INBOX", Duration.ofSeconds(1)), maxBytes);
    }

    private static MimeBodyPart file(String name, byte[] content, String disposition) throws MessagingException {
        return TestMail.file(name, content, disposition);
    }

    private void deliver(String subject, MimeBodyPart... parts) throws MessagingException {
        user.deliver(TestMail.message("hr@example.gov.cn", "letters@cqd.test", subject, parts));
    }

    private List<Flags> flags() throws MessagingException {
        return TestMail.flags(IMAP.getImap().getPort(), "letters", "secret");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aMessagesAttachmentsInOrderAreOneLetterAndTheMessageIsMarkedRead() throws Exception {
        deliver("关于张三等人信用记录查询的函", file("来函.pdf", bytes("%PDF letter"), Part.ATTACHMENT),
                file("附件 名单.xlsx", bytes("PK list"), Part.ATTACHMENT));
        assertEquals(1, mailbox(1000).readUnread(intake));
        assertEquals(1, registered.size());
        List<Upload> files = registered.get(0);
        assertEquals(List.of("来函.pdf", "附件 名单.xlsx"), files.stream().map(Upload::fileName).toList());
        assertArrayEquals(bytes("%PDF letter"), files.get(0).content());
        assertEquals("电子邮件：发件人 hr@example.gov.cn；主题 关于张三等人信用记录查询的函", sources.get(0));
        List<Flags> flags = flags();
        assertEquals(1, flags.size(), "never deleted");
        assertTrue(flags.get(0).contains(Flags.Flag.SEEN));
        assertFalse(flags.get(0).contains(Flags.Flag.FLAGGED));
        assertEquals(0, mailbox(1000).readUnread(intake), "a read message is not taken again");
    }

    @Test
    void aMessageRegisteredBeforeARestartIsMarkedReadToo() throws Exception {
        answer = Result.ALREADY_REGISTERED;
        deliver("来函", file("来函.pdf", bytes("%PDF"), Part.ATTACHMENT));
        mailbox(1000).readUnread(intake);
        assertTrue(flags().get(0).contains(Flags.Flag.SEEN));
    }

    @Test
    void aRefusedMessageIsFlaggedAndMarkedReadAndKept() throws Exception {
        answer = Result.REFUSED;
        deliver("来函", file("setup.exe", bytes("MZ"), Part.ATTACHMENT));
        mailbox(1000).readUnread(intake);
        assertEquals(List.of("FILE_TYPE_UNSUPPORTED"), refusals);
        Flags f = flags().get(0);
        assertTrue(f.contains(Flags.Flag.FLAGGED) && f.contains(Flags.Flag.SEEN), f.toString());
    }

    @Test
    void aMessageTheServerIsTooBusyForStaysUnreadForTheNextLook() throws Exception {
        answer = Result.LATER;
        deliver("来函", file("来函.pdf", bytes("%PDF"), Part.ATTACHMENT));
        mailbox(1000).readUnread(intake);
        assertFalse(flags().get(0).contains(Flags.Flag.SEEN), "reading it did not mark it read");
        answer = Result.REGISTERED;
        assertEquals(1, mailbox(1000).readUnread(intake));
        assertEquals(2, registered.size());
        assertTrue(flags().get(0).contains(Flags.Flag.SEEN));
    }

    @Test
    void aMessageWithoutAttachmentOrWithTooManyOrTooLargeIsRefusedBeforeIntake() throws Exception {
        deliver("只有正文");
        MimeBodyPart[] many = new MimeBodyPart[200];
        for (int i = 0; i < many.length; i++) {
            many[i] = file("附件" + i + ".pdf", bytes("%PDF " + i), Part.ATTACHMENT);
        }
        deliver("200 个附件", many);
        byte[] large = new byte[1001];
        Arrays.fill(large, (byte) 'x');
        deliver("大文件", file("大.pdf", large, Part.ATTACHMENT));
        assertEquals(3, mailbox(1000).readUnread(intake));
        assertEquals(List.of("MAIL_NO_ATTACHMENT", "TOO_MANY_ATTACHMENTS", "FILE_TOO_LARGE"), refusals);
        assertEquals(List.of(), registered);
        assertTrue(flags().stream().allMatch(f -> f.contains(Flags.Flag.FLAGGED)));
    }

    @Test
    void anInlineImageOfTheSignatureIsNoAttachment() throws Exception {
        MimeBodyPart logo = file("logo.png", bytes("PNG"), Part.INLINE);
        logo.setContentID("<logo@example.gov.cn>");
        deliver("来函", logo, file("来函.ofd", bytes("PK ofd"), Part.ATTACHMENT));
        mailbox(1000).readUnread(intake);
        assertEquals(List.of("来函.ofd"), registered.get(0).stream().map(Upload::fileName).toList());
    }

    @Test
    void aLongSubjectIsCutToFitTheNote() throws Exception {
        deliver("函".repeat(500), file("来函.pdf", bytes("%PDF"), Part.ATTACHMENT));
        mailbox(1000).readUnread(intake);
        assertTrue(sources.get(0).endsWith("函".repeat(Mailbox.MAX_SUBJECT) + "…"), sources.get(0));
        assertTrue(sources.get(0).length() < 1000);
    }
}
