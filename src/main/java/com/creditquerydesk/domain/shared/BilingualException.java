package com.creditquerydesk.domain.shared;

/** A failure told to people: a stable code and the message in Chinese and English. */
public abstract class BilingualException extends RuntimeException {

    private final String code;
    private final String messageZh;
    private final String messageEn;

    protected BilingualException(String code, String messageZh, String messageEn, Throwable cause) {
        super(messageEn, cause);
        this.code = code;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }

    public String code() {
        return code;
    }

    public String messageZh() {
        return messageZh;
    }

    public String messageEn() {
        return messageEn;
    }
}
