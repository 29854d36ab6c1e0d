package com.creditquerydesk.domain.shared;

/**
 * A rule of the domain was broken. Carries a stable code and the message in Chinese and English,
 * so the REST layer can answer 4xx with both (brief: "a clear error in Chinese and English").
 */
public class DomainException extends BilingualException {

    /** What kind of failure this is, so an interface can answer with the right status. */
    public enum Kind { INVALID, UNAUTHENTICATED, NOT_FOUND, CONFLICT, FORBIDDEN, UNSUPPORTED, TOO_LARGE, UNPROCESSABLE, LOCKED,
        TOO_MANY }

    private final Kind kind;

    public DomainException(String code, String messageZh, String messageEn) {
        this(Kind.INVALID, code, messageZh, messageEn);
    }

    public DomainException(Kind kind, String code, String messageZh, String messageEn) {
        super(code, messageZh, messageEn, null);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
