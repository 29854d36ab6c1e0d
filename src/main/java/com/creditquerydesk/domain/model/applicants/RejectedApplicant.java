package com.creditquerydesk.domain.model.applicants;

/**
 * A row of an applicant list that was not screened, and why (docs/rules.md#R40). The ID is kept only masked: the
 * row number leads the handler to the row in his own file.
 *
 * @param row      the row number as the spreadsheet shows it (the header is row 1 when it is the first row)
 * @param name     the name as written (cut to 50 characters)
 * @param maskedId the ID as written, masked to its first 6 and last 4 characters
 * @param code     the reason's stable code (ID_NUMBER_INVALID, PERSON_NAME_INVALID, APPLICANT_DUPLICATE)
 */
public record RejectedApplicant(long row, String name, String maskedId, String code, String reasonZh, String reasonEn) {
}
