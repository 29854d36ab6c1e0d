package com.creditquerydesk.domain.model.user;

/**
 * Sends a text message to a mobile number: the port every province's own SMS platform is plugged into
 * (docs/rules.md#R24). It fails with an exception when the platform did not take the message.
 */
public interface SmsGateway {

    /** @param username whose code it is: only the demo outbox shows it, a real gateway does not send it */
    void send(MobileNumber to, String username, String text);
}
