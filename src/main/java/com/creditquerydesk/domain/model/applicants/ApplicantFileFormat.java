package com.creditquerydesk.domain.model.applicants;

import java.io.IOException;
import java.nio.file.Path;

/** Reads an uploaded applicant list (XLSX or CSV with the columns 姓名 and 身份证号码) row by row, never whole. */
public interface ApplicantFileFormat {

    /**
     * Checks the file's header and returns what {@link #read} will give, without reading the rows.
     *
     * @throws com.creditquerydesk.domain.shared.DomainException when the file cannot be an applicant list: not CSV
     *                                                           or XLSX, no 姓名 or 身份证号码 column, a spreadsheet
     *                                                           beyond the bounds a list needs
     */
    void checkHeader(Path file) throws IOException;

    /** Hands every non-blank row after the header to the sink, in order; the other columns are not read. */
    void read(Path file, ApplicantRowSink sink) throws IOException;
}
