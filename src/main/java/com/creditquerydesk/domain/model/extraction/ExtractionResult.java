package com.creditquerydesk.domain.model.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What was read from a request letter, before the clerk checks it. Each field may be null when it was
 * not found; {@link #fields} says where each found field was read (page, box) and how sure the reading is.
 * Field keys: docNumber, senderUnit, addressee, letterDate, contactName, contactPhone, queryKind.
 *
 * @param queryKind civil-service, public-institution or other
 */
public record ExtractionResult(String docNumber, String senderUnit, String addressee, LocalDate letterDate,
                               String contactName, String contactPhone, String queryKind,
                               List<ExtractedCandidate> candidates, Map<String, FieldEvidence> fields) {

    public static final String CIVIL_SERVICE = "civil-service";
    public static final String PUBLIC_INSTITUTION = "public-institution";
    public static final String OTHER = "other";

    public ExtractionResult {
        candidates = List.copyOf(candidates);
        fields = Map.copyOf(fields);
    }

    /**
     * Where a field was read. {@code page} is 1-based; {@code box} is in the page's own units (PDF points
     * from the top left for a text PDF, pixels for OCR) and null when the source has no positions (DOCX).
     * For the JSON contract the box is written as [x, y, width, height].
     */
    public record FieldEvidence(double confidence, int page, Box box) {
    }

    /**
     * One row of the candidate list, in the letter's order; page and box as in {@link FieldEvidence}.
     *
     * @param idNumber   18 characters, upper-case X, as read (it may fail the check digit: see idValid)
     * @param confidence the least sure reading among the row's cells (1 for DOCX and text PDFs)
     */
    public record ExtractedCandidate(String name, String idNumber, boolean idValid, double confidence,
                                     int page, Box box) {
        /** Never the full ID: candidates end up in logs through exceptions and debug output. */
        @Override
        public String toString() {
            String id = idNumber == null || idNumber.length() < 10 ? "?"
                    : idNumber.substring(0, 6) + "********" + idNumber.substring(idNumber.length() - 4);
            return "ExtractedCandidate[" + name + ", " + id + ", valid=" + idValid + ", p" + page + "]";
        }
    }
}
