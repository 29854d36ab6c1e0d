package com.creditquerydesk.domain.model.reading;

import com.creditquerydesk.domain.model.extraction.ReadingChecks;
import com.creditquerydesk.domain.model.extraction.DocumentText;
import com.creditquerydesk.domain.model.extraction.Field;
import com.creditquerydesk.domain.model.extraction.ExtractionResult;
import com.creditquerydesk.infrastructure.extraction.DocxTextReader;
import com.creditquerydesk.infrastructure.extraction.PdfTextReader;
import com.creditquerydesk.testsupport.letters.ReadResults;
import com.creditquerydesk.testsupport.letters.DocxLetterRenderer;
import com.creditquerydesk.testsupport.letters.LetterGenerator;
import com.creditquerydesk.testsupport.letters.LetterSpec;
import com.creditquerydesk.testsupport.letters.PdfLetterRenderer;
import com.creditquerydesk.testsupport.letters.SyntheticOcr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Generated letters, rendered in each format, must read back exactly: every field, every candidate, in order. */
class LetterFieldExtractorTest {

    private final LetterFieldExtractor extractor = new LetterFieldExtractor(new ReadingChecks(0.9));

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 24);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void docxLettersReadBackExactly(long seed) {
        LetterSpec spec = LetterGenerator.generate(seed);
        DocumentText text = new DocxTextReader().read(new ByteArrayInputStream(DocxLetterRenderer.render(spec)));
        ExtractionResult result = extractor.extract(text);
        ReadResults.assertMatches(spec, result);
        assertEquals(2, result.candidates().get(0).page(), "the list is on the page after the letter");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void textPdfLettersReadBackExactly(long seed) {
        LetterSpec spec = LetterGenerator.generate(seed);
        DocumentText text = new PdfTextReader().read(PdfLetterRenderer.render(spec));
        assertFalse(text.needsOcr());
        ExtractionResult result = extractor.extract(text);
        ReadResults.assertMatches(spec, result);
        assertNotNull(result.fields().get(Field.SENDER_UNIT).box());
        assertTrue(result.candidates().stream().allMatch(c -> c.box() != null && c.page() >= 2));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void ocrLinesAreRebuiltIntoRowsByPosition(long seed) {
        LetterSpec spec = LetterGenerator.generate(seed);
        double skewDegrees = (seed % 5 - 2) * 1.0; // -2° … 2°, as scanners leave pages
        ExtractionResult result = extractor.extractOcr(SyntheticOcr.pages(spec, 150 + (int) (seed % 3) * 75, skewDegrees, 0));
        ReadResults.assertMatches(spec, result);
        assertTrue(result.candidates().stream().allMatch(c -> c.confidence() > 0.5 && c.confidence() < 1));
    }

    /**
     * With 2% of characters misread, every list row is still found, in order, and the letter-for-digit
     * misreads in IDs are undone (only a 4 read as A, which docs/domain.md#ocr-misreads does not list, stays wrong).
     */
    @org.junit.jupiter.api.Test
    void ocrMisreadsLoseNoListRowAndFewIds() {
        int ids = 0;
        int right = 0;
        for (long seed : seeds().toArray()) {
            LetterSpec spec = LetterGenerator.generate(seed);
            ExtractionResult result = extractor.extractOcr(SyntheticOcr.pages(spec, 200, 0.5, 0.02));
            assertEquals(spec.candidates().size(), result.candidates().size(), "rows of letter " + seed);
            for (int i = 0; i < spec.candidates().size(); i++) {
                ids++;
                right += spec.candidates().get(i).idNumber().equals(result.candidates().get(i).idNumber()) ? 1 : 0;
            }
        }
        assertTrue(right >= 0.97 * ids, right + " of " + ids + " IDs read right");
    }
}
