package com.creditquerydesk.domain.model.applicants;

import com.creditquerydesk.domain.model.screening.ScreeningResult;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the result of a list's screening as the notices allow it (docs/rules.md#R42): the listed applicants with
 * name, ID, 系失信联合惩戒对象, court and 案号, and the number of applicants with no record. Nothing else.
 */
public interface ApplicantResultWriter {

    /** @param listed the applicants whose hit stands after review, in row order (read lazily) */
    void write(ApplicantResult result, Iterable<ScreeningResult> listed, OutputStream out) throws IOException;
}
