package com.creditquerydesk.infrastructure.mail;

import com.creditquerydesk.domain.model.notice.Notifier;
import com.creditquerydesk.domain.model.user.User;
import com.creditquerydesk.domain.shared.InfrastructureException;
import com.creditquerydesk.infrastructure.config.AppConfig;
import com.creditquerydesk.infrastructure.config.SmtpSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Reminders by e-mail through the configured SMTP server, to accounts that have an address (docs/rules.md#R84). */
@ApplicationScoped
public class MailNotifier implements Notifier {

    @Inject
    AppConfig config;

    @Override
    public String channel() {
        return "电子邮件";
    }

    @Override
    public boolean reaches(User recipient) {
        return config.smtp().isPresent() && recipient.email().isPresent();
    }

    @Override
    public void send(User recipient, String subject, String text) {
        SmtpSettings smtp = config.smtp().orElseThrow();
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", smtp.host());
        p.setProperty("mail.smtp.port", Integer.toString(smtp.port()));
        p.setProperty("mail.smtp.connectiontimeout", "20000");
        p.setProperty("mail.smtp.timeout", "30000");
        p.setProperty("mail.smtp.starttls.enable", Boolean.toString(smtp.startTls()));
        p.setProperty("mail.smtp.auth", Boolean.toString(!smtp.user().isEmpty()));
        try {
            MimeMessage m = new MimeMessage(Session.getInstance(p));
            m.setFrom(new InternetAddress(smtp.from()));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient.email().orElseThrow().value()));
            m.setSubject(subject, StandardCharsets.UTF_8.name());
            m.setText(text, StandardCharsets.UTF_8.name());
            if (smtp.user().isEmpty()) {
                Transport.send(m);
            } else {
                Transport.send(m, smtp.user(), smtp.password());
            }
        } catch (MessagingException e) {
            throw new InfrastructureException("MAIL_NOT_SENT", "提醒邮件未能发出：" + e.getMessage(),
                    "the reminder e-mail was not sent: " + e.getMessage(), e);
        }
    }
}
