package com.creditquerydesk.domain.model.notice;

import com.creditquerydesk.domain.model.user.User;

/**
 * A channel beyond the product's own notice list that reminders also go out on (e-mail, SMS), each when configured
 * (docs/rules.md#R84). A channel that cannot reach the person (no address) skips him; one that fails throws, and the
 * reminder stays in the product.
 */
public interface Notifier {

    /** The channel's name for the log and the audit, e.g. 电子邮件. */
    String channel();

    /** Whether this person can be reached on this channel. */
    boolean reaches(User recipient);

    void send(User recipient, String subject, String text);
}
