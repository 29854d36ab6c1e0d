package com.creditquerydesk.domain.model.applicants;

/** Receives the rows of an applicant list one at a time, as the file is read. */
@FunctionalInterface
public interface ApplicantRowSink {

    /**
     * @param row    the row number as the spreadsheet shows it
     * @param name   the 姓名 cell as written (never null)
     * @param idText the 身份证号码 cell as written (never null)
     */
    void row(long row, String name, String idText);
}
