package com.creditquerydesk.domain.shared;

/**
 * A rule of the domain was broken. Carries a stable code and the message in Chinese and English,
 * so the REST layer can answer 4xx with both (brief: "a clear error in Chinese and English").
 */
public class DomainException extends RuntimeException {

    /** What kind of failure this is, so an interface can answer with the right status. */
    public enum Kind { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN, UNSUPPORTED, TOO_LARGE, UNPROCESSABLE, LOCKED }

    private final Kind kind;
    private final String code;
    private final String messageZh;
    private final String messageEn;

    public DomainException(String code, String messageZh, String messageEn) {
        this(Kind.INVALID, code, messageZh, messageEn);
    }

    public DomainException(Kind kind, String code, String messageZh, String messageEn) {
        super(messageEn);
        this.kind = kind;
        this.code = code;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }

    public Kind kind() {
        return kind;
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
