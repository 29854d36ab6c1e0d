package com.creditquerydesk.testsupport.letters;

import com.creditquerydesk.domain.model.extraction.ExtractionResult;
import com.creditquerydesk.domain.model.extraction.Field;
import com.creditquerydesk.domain.model.letter.QueryKind;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every reader of a whole letter must give for a generated letter: each field, on page 1, and every row. */
public final class ReadResults {

    private ReadResults() {
    }

    /** Every field as generated (found on page 1), every candidate in order with a valid ID. */
    public static void assertMatches(LetterSpec spec, ExtractionResult r) {
        assertEquals(spec.docNumber(), r.docNumber().value(), "docNumber");
        assertEquals(spec.senderUnit(), r.senderUnit(), "senderUnit");
        assertEquals(spec.addressee(), r.addressee(), "addressee");
        assertEquals(spec.letterDate(), r.letterDate(), "letterDate");
        assertEquals(spec.contactName(), r.contactName(), "contactName");
        assertEquals(spec.contactPhone(), r.contactPhone(), "contactPhone");
        assertEquals(QueryKind.fromJson(spec.queryKind()), r.queryKind(), "queryKind");
        List<String> expected = spec.candidates().stream().map(c -> c.name() + " " + c.idNumber()).toList();
        List<String> actual = r.candidates().stream().map(c -> c.name() + " " + c.idNumber()).toList();
        assertEquals(expected, actual, "candidates");
        assertTrue(r.candidates().stream().allMatch(ExtractionResult.ExtractedCandidate::idValid));
        for (String field : List.of("docNumber", "senderUnit", "addressee", "letterDate", "contactName", "contactPhone")) {
            assertEquals(1, r.fields().get(Field.ofKey(field).orElseThrow()).page(), field + " is on page 1");
        }
    }
}
