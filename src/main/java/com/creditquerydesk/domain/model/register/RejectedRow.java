package com.creditquerydesk.domain.model.register;

import java.util.Objects;

/** A row of a register file that could not be imported, with the reason in Chinese and English. */
public record RejectedRow(long rowNumber, String reasonZh, String reasonEn) {

    public RejectedRow {
        if (rowNumber < 1) {
            throw new IllegalArgumentException("row numbers start at 1");
        }
        Objects.requireNonNull(reasonZh, "reasonZh");
        Objects.requireNonNull(reasonEn, "reasonEn");
    }
}
