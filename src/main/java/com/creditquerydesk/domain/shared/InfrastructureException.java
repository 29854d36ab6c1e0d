package com.creditquerydesk.domain.shared;

/**
 * Something the server itself lacks or that broke under it (a missing native library, model or setting file, an
 * OCR engine crash): not the caller's fault, so an interface answers 5xx, never a 4xx.
 */
public class InfrastructureException extends BilingualException {

    public InfrastructureException(String code, String messageZh, String messageEn) {
        this(code, messageZh, messageEn, null);
    }

    public InfrastructureException(String code, String messageZh, String messageEn, Throwable cause) {
        super(code, messageZh, messageEn, cause);
    }
}
