package com.creditquerydesk.infrastructure.config;

/** The centre's outgoing mail server for reminders (docs/rules.md#R84). An empty user means no log-in. */
public record SmtpSettings(String host, int port, String user, String password, String from, boolean startTls) {

    @Override
    public String toString() {
        return "smtp://" + (user.isEmpty() ? "" : user + "@") + host + ":" + port;
    }
}
