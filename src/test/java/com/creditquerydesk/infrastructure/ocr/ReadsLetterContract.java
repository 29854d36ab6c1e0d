package com.creditquerydesk.infrastructure.ocr;

import com.creditquerydesk.domain.model.extraction.OcrEngine;
import com.creditquerydesk.domain.model.extraction.OcrLine;
import com.creditquerydesk.domain.model.extraction.OcrPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.text.Normalizer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What any engine must read on the synthetic letter (rotated 1.5°, blurred, noised, sealed, then preprocessed).
 * Subclasses state how close the title and names must be: the engines differ a lot there (docs/domain.md#engines).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ReadsLetterContract {

    private OcrEngine engine;
    protected OcrPage page;

    protected abstract OcrEngine createEngine(OcrSettings settings);

    /** Least share of the title's characters that must be read, in order. */
    protected abstract double titleSimilarity();

    /** Least number of the table's names that must be read exactly. */
    protected abstract int exactNames();

    @BeforeAll
    void read() {
        engine = createEngine(OcrSettings.load());
        page = engine.recognize(SyntheticScan.preparedScan().image(), 0, SyntheticScan.DPI);
    }

    @AfterAll
    void close() throws Exception {
        if (engine instanceof AutoCloseable c) {
            c.close();
        }
    }

    @Test
    void pageKeepsIndexAndSize() {
        assertEquals(0, page.pageIndex());
        assertEquals(SyntheticScan.WIDTH, page.width());
        assertEquals(SyntheticScan.HEIGHT, page.height());
    }

    @Test
    void everyIdIsReadExactlyAsItsOwnLineInTheIdColumn() {
        for (String id : SyntheticScan.IDS) {
            List<OcrLine> hits = page.lines().stream().filter(l -> l.text().equals(id)).toList();
            assertEquals(1, hits.size(), () -> "ID ending " + id.substring(14) + " not read as one line:\n" + dump());
            // The column starts at x=1030 on the upright page; deskewing keeps it within a few pixels.
            assertTrue(Math.abs(hits.get(0).box().x() - 1030) < 40, () -> "box " + hits.get(0).box());
        }
    }

    @Test
    void titleIsRead() {
        double best = page.lines().stream()
                .mapToDouble(l -> TextSimilarity.lcsShare(SyntheticScan.TITLE, normalise(l.text()))).max().orElse(0);
        assertTrue(best >= titleSimilarity(), () -> "title similarity " + best + "\n" + dump());
    }

    @Test
    void bodyLinesAreReadExceptPunctuationWidth() {
        for (String line : SyntheticScan.BODY) {
            String expected = normalise(line);
            assertTrue(page.lines().stream().anyMatch(l -> normalise(l.text()).equals(expected)),
                    () -> "missing body line " + line + "\n" + dump());
        }
    }

    @Test
    void namesAreReadAsCellsWithinTheToleranceOfTheEngine() {
        long exact = SyntheticScan.NAMES.stream()
                .map(n -> n.replace(" ", ""))
                .filter(n -> page.lines().stream().anyMatch(l -> l.text().equals(n)))
                .count();
        assertTrue(exact >= exactNames(), () -> exact + " names read exactly\n" + dump());
    }

    @Test
    void senderUnderTheSealIsReadOnceTheSealIsRemoved() {
        assertTrue(page.lines().stream().anyMatch(l -> l.text().equals(SyntheticScan.SENDER)), this::dump);
    }

    @Test
    void charConfidencesFollowTheText() {
        for (OcrLine l : page.lines()) {
            assertEquals(l.text().length(), l.charConfidences().length, l::toString);
            assertTrue(l.confidence() > 0 && l.confidence() <= 1, l::toString);
        }
    }

    /** Width-insensitive: Tesseract gives ASCII ":" and "." where the letter has "：" and "。". */
    protected static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replace("。", ".").replace(" ", "");
    }

    /** Test output only: the page is synthetic, its IDs are not personal data. */
    private String dump() {
        StringBuilder sb = new StringBuilder();
        page.lines().forEach(l -> sb.append(l.text()).append("  ").append(l.box()).append('\n'));
        return sb.toString();
    }
}
