package com.creditquerydesk.domain.model.applicants;

/**
 * What a list's screening counted.
 *
 * @param rowsRead   the non-blank rows read after the header
 * @param applicants the rows accepted and screened
 * @param rejected   the rows reported as invalid or duplicated (never screened, never dropped silently)
 * @param matched    the applicants the register matched, exactly or possibly (docs/rules.md#R56), before any review
 */
public record ApplicantCounts(long rowsRead, long applicants, long rejected, long matched) {

    public static final ApplicantCounts NONE = new ApplicantCounts(0, 0, 0, 0);

    public ApplicantCounts {
        if (rowsRead < 0 || applicants < 0 || rejected < 0 || matched < 0 || applicants + rejected > rowsRead
                || matched > applicants) {
            throw new IllegalArgumentException("inconsistent counts " + rowsRead + "/" + applicants + "/" + rejected
                    + "/" + matched);
        }
    }
}
