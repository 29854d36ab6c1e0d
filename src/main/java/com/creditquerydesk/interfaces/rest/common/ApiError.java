package com.creditquerydesk.interfaces.rest.common;

import java.util.List;

/**
 * Every error the API answers: a stable code and the message in Chinese and English; a duplicate names the letter
 * already registered (existingId), a confirmation refused names the fields (JSON names) and rows (from 1) it refused.
 */
public record ApiError(String code, String message, String messageEn, String existingId, List<String> fields,
        List<Integer> rows) {

    public ApiError(String code, String message, String messageEn) {
        this(code, message, messageEn, null, null, null);
    }
}
