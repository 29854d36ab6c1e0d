package com.creditquerydesk.testsupport.letters;

import com.creditquerydesk.domain.model.letter.DocumentNumber;
import com.creditquerydesk.domain.model.extraction.ExtractionResult;
import com.creditquerydesk.domain.model.letter.QueryKind;
import com.creditquerydesk.domain.model.extraction.IdCheck;
import com.creditquerydesk.domain.model.extraction.ExtractionResult.ExtractedCandidate;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccuracyReportTest {

    private static ExtractionResult perfect(LetterSpec s, List<ExtractedCandidate> candidates) {
        return new ExtractionResult(DocumentNumber.parse(s.docNumber()), s.senderUnit(), s.addressee(), s.letterDate(), s.contactName(),
                s.contactPhone(), QueryKind.fromJson(s.queryKind()), candidates, Map.of());
    }

    private static List<ExtractedCandidate> read(LetterSpec s) {
        List<ExtractedCandidate> out = new ArrayList<>();
        s.candidates().forEach(c -> out.add(new ExtractedCandidate(c.name(), c.idNumber(), true, IdCheck.VALID, null, null, 1, 2, null, 0)));
        return out;
    }

    @Test
    void scoresFieldsAndCandidates() {
        LetterSpec a = LetterGenerator.generate(1, 4);
        LetterSpec b = LetterGenerator.generate(2, 4);
        AccuracyReport report = new AccuracyReport();
        report.add("ocr", a, perfect(a, read(a)), 2, 1.0);
        List<ExtractedCandidate> wrong = read(b);
        ExtractedCandidate first = wrong.get(0);
        wrong.set(0, new ExtractedCandidate("错名", first.idNumber(), true, IdCheck.VALID, null, null, 1, 2, null, 0)); // name misread, ID right
        wrong.remove(3);                                                                  // one row missed
        wrong.add(new ExtractedCandidate("某某", "110105199003071239", true, IdCheck.VALID, null, null, 1, 2, null, 0));  // one row invented
        ExtractionResult badDate = new ExtractionResult(DocumentNumber.parse(b.docNumber()), b.senderUnit(), b.addressee(), null,
                b.contactName(), b.contactPhone(), QueryKind.fromJson(b.queryKind()), wrong, Map.of());
        report.add("ocr", b, badDate, 2, 3.0);

        assertEquals(0.5, report.fieldAccuracy("ocr", "letterDate"), 1e-9);
        assertEquals(1.0, report.fieldAccuracy("ocr", "docNumber"), 1e-9);
        // pairs: 8 expected, 8 extracted, 4 + 2 right
        assertArrayEquals(new double[]{6 / 8.0, 6 / 8.0, 6 / 8.0}, report.candidateScores("ocr", false), 1e-9);
        // IDs alone: the misread name's ID counts
        assertArrayEquals(new double[]{7 / 8.0, 7 / 8.0, 7 / 8.0}, report.candidateScores("ocr", true), 1e-9);
        assertEquals(1.0, report.secondsPerPage("ocr"), 1e-9);
        assertTrue(report.render().contains("ocr"));
    }
}
