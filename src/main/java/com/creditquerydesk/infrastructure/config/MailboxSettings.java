package com.creditquerydesk.infrastructure.config;

import java.time.Duration;
import java.util.Set;

/**
 * Where the centre's mailbox for letters is (docs/rules.md#R62): CQD_MAIL_PROTOCOL (imaps or imap), CQD_MAIL_HOST,
 * CQD_MAIL_PORT, CQD_MAIL_USER, CQD_MAIL_PASSWORD, CQD_MAIL_FOLDER and CQD_MAIL_POLL_SECONDS. The password never
 * appears in {@link #toString()}.
 */
public record MailboxSettings(String protocol, String host, int port, String user, String password, String folder,
                              Duration pollInterval) {

    public MailboxSettings {
        if (!Set.of("imap", "imaps").contains(protocol)) {
            throw new IllegalStateException("CQD_MAIL_PROTOCOL is imaps or imap, got " + protocol);
        }
        if (pollInterval.toSeconds() < 1) {
            throw new IllegalStateException("CQD_MAIL_POLL_SECONDS is at least 1, got " + pollInterval.toSeconds());
        }
    }

    @Override
    public String toString() {
        return protocol + "://" + user + "@" + host + ":" + port + "/" + folder;
    }
}
