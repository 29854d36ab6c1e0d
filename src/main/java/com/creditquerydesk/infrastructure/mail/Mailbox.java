package com.creditquerydesk.infrastructure.mail;

import com.creditquerydesk.application.intake.FileInspector;
import com.creditquerydesk.application.intake.IntakeService.Upload;
import com.creditquerydesk.application.intake.UnattendedIntake;
import com.creditquerydesk.application.intake.UnattendedIntake.Outcome;
import com.creditquerydesk.domain.model.letter.Channel;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.infrastructure.config.MailboxSettings;
import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.search.FlagTerm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The centre's mailbox for letters over IMAP (docs/rules.md#R62): each unread message is one arrival, its attachments
 * in order the letter and its 附件, its sender and subject the note. A message is marked read once it is registered
 * (or was, before a restart: the hash) and also flagged when it is refused; one the server is too busy for stays
 * unread. Nothing is deleted or expunged, and reading a message does not mark it read by itself (BODY.PEEK).
 */
public final class Mailbox {

    /** The note's room for a subject (the note holds 1000 characters). */
    static final int MAX_SUBJECT = 200;

    private final MailboxSettings settings;
    private final long maxBytes;

    public Mailbox(MailboxSettings settings, long maxBytes) {
        this.settings = settings;
        this.maxBytes = maxBytes;
    }

    /** Hands every unread message to intake and marks it as the outcome says; answers how many were read. */
    public int readUnread(UnattendedIntake intake) throws MessagingException {
        Properties p = new Properties();
        p.setProperty("mail." + settings.protocol() + ".peek", "true");
        p.setProperty("mail." + settings.protocol() + ".connectiontimeout", "20000");
        p.setProperty("mail." + settings.protocol() + ".timeout", "60000");
        Session session = Session.getInstance(p);
        try (Store store = session.getStore(settings.protocol())) {
            store.connect(settings.host(), settings.port(), settings.user(), settings.password());
            Folder folder = store.getFolder(settings.folder());
            folder.open(Folder.READ_WRITE);
            try {
                Message[] unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                for (Message m : unread) {
                    take(m, intake);
                }
                return unread.length;
            } finally {
                folder.close(false);
            }
        }
    }

    private void take(Message message, UnattendedIntake intake) throws MessagingException {
        String source = source(message);
        Outcome outcome;
        try {
            List<Upload> files = attachments(message);
            outcome = intake.register(files.get(0), files.subList(1, files.size()), Channel.EMAIL, source);
        } catch (DomainException e) {
            outcome = intake.refused(Channel.EMAIL, source, e);
        }
        switch (outcome.result()) {
            case REGISTERED, ALREADY_REGISTERED -> message.setFlag(Flags.Flag.SEEN, true);
            case REFUSED -> {
                // Flagged for the registry to see in the mail client; the reason is in the trail.
                message.setFlag(Flags.Flag.FLAGGED, true);
                message.setFlag(Flags.Flag.SEEN, true);
            }
            case LATER -> {
                // stays unread for the next look
            }
        }
    }

    /** The note: who sent it and its subject. */
    static String source(Message message) throws MessagingException {
        Address[] from = message.getFrom();
        String sender = from == null || from.length == 0 ? "（无）"
                : from[0] instanceof InternetAddress a ? a.toUnicodeString() : from[0].toString();
        String subject = message.getSubject() == null ? "（无主题）" : message.getSubject().strip();
        if (subject.length() > MAX_SUBJECT) {
            subject = subject.substring(0, MAX_SUBJECT) + "…";
        }
        return "电子邮件：发件人 " + sender + "；主题 " + subject;
    }

    /**
     * The message's attachments in order: the first is the letter. Refused before any is read when there is none or
     * more than a letter may have, and each within the upload limit.
     */
    List<Upload> attachments(Message message) throws MessagingException {
        List<Part> parts = new ArrayList<>();
        try {
            collect(message, parts);
            if (parts.isEmpty()) {
                throw new DomainException("MAIL_NO_ATTACHMENT", "邮件没有附件：来函须作为附件发送",
                        "the message has no attachment: the letter must be attached");
            }
            if (parts.size() > IncomingLetter.MAX_ATTACHMENTS + 1) {
                throw IncomingLetter.tooManyAttachments();
            }
            List<Upload> files = new ArrayList<>();
            for (Part part : parts) {
                files.add(new Upload(read(part), fileName(part)));
            }
            return files;
        } catch (IOException e) {
            throw new DomainException("MAIL_UNREADABLE", "邮件无法读取（" + e.getMessage() + "）",
                    "the message cannot be read (" + e.getMessage() + ")");
        }
    }

    /** A part is an attachment when it says so, or has a file name and is not shown inline (a signature's logo). */
    private static void collect(Part part, List<Part> into) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            // From its data source, not getContent(): that needs Angus Mail's mailcap, which the deployment's class
            // loader does not see inside WildFly (getContent() answers a bare stream there).
            Multipart mp = new MimeMultipart(part.getDataHandler().getDataSource());
            for (int i = 0; i < mp.getCount(); i++) {
                collect(mp.getBodyPart(i), into);
            }
            return;
        }
        String disposition = part.getDisposition();
        if (Part.ATTACHMENT.equalsIgnoreCase(disposition)
                || part.getFileName() != null && !Part.INLINE.equalsIgnoreCase(disposition)) {
            into.add(part);
        }
    }

    private byte[] read(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw FileInspector.tooLarge(bytes.length, maxBytes);
            }
            return bytes;
        }
    }

    private static String fileName(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(name);
        } catch (UnsupportedEncodingException e) {
            return name;
        }
    }
}
