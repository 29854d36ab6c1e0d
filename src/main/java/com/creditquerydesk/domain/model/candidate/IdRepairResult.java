package com.creditquerydesk.domain.model.candidate;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link IdNumberRepair#examine} made of an ID number read by OCR. {@code original} is the text as read,
 * kept so a clerk can compare; {@code id} is present for VALID and REPAIRED. The reasons never contain the
 * full number (they may reach a log).
 */
public record IdRepairResult(String original, Optional<IdNumber> id, Status status, String reasonZh, String reasonEn) {

    public enum Status {
        /** The text is a valid ID as read (after removing spaces and widening full-width digits). */
        VALID,
        /** Not valid as read; exactly one plausible correction was found and is proposed for the clerk to confirm. */
        REPAIRED,
        /** Not valid, and no single correction could be told apart: the clerk must read the original. */
        INVALID
    }

    public IdRepairResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reasonZh, "reasonZh");
        Objects.requireNonNull(reasonEn, "reasonEn");
        if (id.isPresent() == (status == Status.INVALID)) {
            throw new IllegalArgumentException("an ID is present exactly when the status is not INVALID");
        }
    }

    /** Masked: the original text is an ID number and must not reach a log in full. */
    @Override
    public String toString() {
        return "IdRepairResult[status=" + status + ", id=" + id.map(IdNumber::masked).orElse("-")
                + ", original=" + (original == null ? "null" : original.length() + " chars") + ", reason=" + reasonEn + "]";
    }
}
