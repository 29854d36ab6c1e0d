package com.creditquerydesk.testsupport;

import jakarta.activation.DataHandler;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Messages for the mailbox's tests (docs/rules.md#R62), and their flags as an IMAP client sees them. */
public final class TestMail {

    private TestMail() {
    }

    /** A file part: an attachment, or (Part.INLINE) shown in the text. */
    public static MimeBodyPart file(String name, byte[] content, String disposition) throws MessagingException {
        MimeBodyPart p = new MimeBodyPart();
        p.setDataHandler(new DataHandler(new ByteArrayDataSource(content, "application/octet-stream")));
        p.setFileName(name);
        p.setDisposition(disposition);
        return p;
    }

    /** A message from {@code from} with a line of text and these parts after it. */
    public static MimeMessage message(String from, String to, String subject, MimeBodyPart... parts)
            throws MessagingException {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, to);
        m.setSubject(subject, "UTF-8");
        MimeMultipart body = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("请查收来函。", "UTF-8");
        body.addBodyPart(text);
        for (MimeBodyPart p : parts) {
            body.addBodyPart(p);
        }
        m.setContent(body);
        m.saveChanges();
        return m;
    }

    /** The flags of every message in the inbox, in order. */
    public static List<Flags> flags(int port, String user, String password) throws MessagingException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", port, user, password);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Flags> flags = new ArrayList<>();
            for (Message m : inbox.getMessages()) {
                flags.add(m.getFlags());
            }
            inbox.close(false);
            return flags;
        } finally {
            store.close();
        }
    }
}
