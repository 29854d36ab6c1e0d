package com.creditquerydesk.interfaces.rest.common;

/** Every error the API answers: a stable code and the message in Chinese and English. */
public record ApiError(String code, String message, String messageEn, String existingId) {

    public ApiError(String code, String message, String messageEn) {
        this(code, message, messageEn, null);
    }
}
