package com.creditquerydesk.domain.shared;

/**
 * Something the server itself lacks or that broke under it (a missing native library, model or setting file, an
 * OCR engine crash): not the caller's fault, so an interface answers 5xx, never a 4xx. Carries a stable code and
 * the message in Chinese and English like {@link DomainException}.
 */
public class InfrastructureException extends RuntimeException {

    private final String code;
    private final String messageZh;
    private final String messageEn;

    public InfrastructureException(String code, String messageZh, String messageEn) {
        this(code, messageZh, messageEn, null);
    }

    public InfrastructureException(String code, String messageZh, String messageEn, Throwable cause) {
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
