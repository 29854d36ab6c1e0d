package com.creditquerydesk.domain.model.applicants;

import java.time.ZonedDateTime;

/**
 * The figures a list's result states beside the listed applicants (docs/rules.md#R42).
 *
 * @param listed   applicants whose hit stands after the second review (系失信联合惩戒对象)
 * @param rejected rows not screened (invalid or duplicated), which the result does not answer for
 */
public record ApplicantResult(String receiptNumber, String requestingUnit, int registerVersion, ZonedDateTime screenedAt,
                              long applicants, long listed, long rejected) {

    public ApplicantResult {
        if (listed < 0 || listed > applicants || rejected < 0) {
            throw new IllegalArgumentException("inconsistent result " + applicants + "/" + listed + "/" + rejected);
        }
    }

    /** Applicants screened with no record (未发现失信联合惩戒对象记录), overturned hits included. */
    public long noRecord() {
        return applicants - listed;
    }
}
