package com.creditquerydesk.infrastructure.sms;

import com.creditquerydesk.domain.model.notice.Notifier;
import com.creditquerydesk.domain.model.user.SmsGateway;
import com.creditquerydesk.domain.model.user.User;
import com.creditquerydesk.infrastructure.config.AppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reminders by SMS through the platform the log-in codes use, when CQD_NOTIFY_SMS is set, to accounts with a mobile
 * number (docs/rules.md#R84). A text message is short: it carries the subject and the first line.
 */
@ApplicationScoped
public class SmsNotifier implements Notifier {

    static final int MAX_TEXT = 140;

    @Inject
    AppConfig config;

    @Inject
    SmsGateway gateway;

    @Override
    public String channel() {
        return "短信";
    }

    @Override
    public boolean reaches(User recipient) {
        return config.notifyBySms() && recipient.mobile().isPresent();
    }

    @Override
    public void send(User recipient, String subject, String text) {
        String body = subject + text.lines().findFirst().orElse("");
        gateway.send(recipient.mobile().orElseThrow(), null,
                body.length() > MAX_TEXT ? body.substring(0, MAX_TEXT - 1) + "…" : body);
    }
}
