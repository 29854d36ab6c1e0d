package com.creditquerydesk.domain.model.user;

/** The second techniques of authentication an account may use at log-in and sign-off (docs/rules.md#R24). */
public enum SecondFactor {
    /** A time-based one-time password from an authenticator app (RFC 6238): a cryptographic technique. */
    TOTP("动态口令"),
    /** A code sent by SMS to the account's registered mobile number (附件2: 登录时短信验证). */
    SMS("短信验证码");

    private final String label;

    SecondFactor(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
