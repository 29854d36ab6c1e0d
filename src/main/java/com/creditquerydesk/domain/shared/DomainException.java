package com.creditquerydesk.domain.shared;

/**
 * A rule of the domain was broken. Carries a stable code and the message in Chinese and English,
 * so the REST layer can answer 4xx with both (brief: "a clear error in Chinese and English").
 */
public class DomainException extends RuntimeException {

    private final String code;
    private final String messageZh;
    private final String messageEn;

    public DomainException(String code, String messageZh, String messageEn) {
        super(messageEn);
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
