package com.creditquerydesk.infrastructure.extraction;

import com.creditquerydesk.domain.model.extraction.Box;
import com.creditquerydesk.domain.model.letter.QueryKind;
import com.creditquerydesk.domain.model.extraction.Field;
import com.creditquerydesk.domain.model.extraction.ReadingChecks;
import com.creditquerydesk.domain.model.extraction.ExtractionResult;
import com.creditquerydesk.domain.model.extraction.ExtractionResult.FieldEvidence;
import com.creditquerydesk.domain.model.extraction.OcrEngine;
import com.creditquerydesk.domain.model.extraction.OcrLine;
import com.creditquerydesk.domain.model.extraction.OcrPage;
import com.creditquerydesk.infrastructure.ocr.preprocess.Preprocessor;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SealRowsTest {

    private static final Box UNIT = new Box(1400, 2200, 600, 80);
    private static final Box DATE = new Box(1470, 2300, 420, 80);
    private static final OcrLine ABOVE = new OcrLine("联系人：王敏，电话：029-88886666", 0.99, new Box(300, 1600, 1100, 70), null);

    /** Reads the crop as the given lines (boxes relative to the crop). */
    private static OcrEngine reads(OcrLine... lines) {
        return new OcrEngine() {
            @Override
            public String name() {
                return "scripted";
            }

            @Override
            public OcrPage recognize(BufferedImage image, int pageIndex, int dpi) {
                return new OcrPage(pageIndex, image.getWidth(), image.getHeight(), List.of(lines));
            }
        };
    }

    private static List<OcrPage> page() {
        return List.of(new OcrPage(0, 2480, 3508, List.of(ABOVE,
                new OcrLine("陕西省人力资和社会厅", 0.95, UNIT, null), new OcrLine("2026年3月5日", 0.99, DATE, null))));
    }

    private static ExtractionResult found() {
        return new ExtractionResult(null, "陕西省人力资和社会厅", null, null, null, null, QueryKind.OTHER, List.of(),
                Map.of(Field.SENDER_UNIT, new FieldEvidence(0.95, 1, UNIT), Field.LETTER_DATE, new FieldEvidence(0.99, 1, DATE)));
    }

    private static final List<Preprocessor.Result> GREY = List.of(
            new Preprocessor.Result(new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY), 0, Optional::empty));

    @Test
    void theSealRegionIsReplacedWhenItReadsMoreCharactersSurely() {
        Optional<List<OcrPage>> out = SealRows.reread(found(), page(), GREY, reads(
                new OcrLine("陕西省人力资源和社会保障厅", 0.97, new Box(160, 80, 600, 80), null),
                new OcrLine("2026年3月5日", 0.99, new Box(300, 180, 420, 80), null)));
        assertTrue(out.isPresent());
        List<OcrLine> lines = out.get().get(0).lines();
        assertEquals(List.of(ABOVE.text(), "陕西省人力资源和社会保障厅", "2026年3月5日"), lines.stream().map(OcrLine::text).toList());
        assertEquals(new Box(1400, 2200, 600, 80), lines.get(1).box(), "boxes go back to page coordinates");
    }

    @Test
    void aPoorerRereadingIsDropped() {
        assertTrue(SealRows.reread(found(), page(), GREY, reads(
                new OcrLine("2026 5", 0.84, new Box(300, 180, 420, 80), null))).isEmpty());
    }

    @Test
    void aColonReadFromASealStrokeIsNoGain() {
        assertTrue(SealRows.reread(found(), page(), GREY, reads(
                new OcrLine("陕西省人力资：和社会厅", 0.95, new Box(160, 80, 600, 80), null),
                new OcrLine("2026年3月5日", 0.99, new Box(300, 180, 420, 80), null))).isEmpty());
    }

    @Test
    void withNeitherRowFoundTheBandAcrossTheSealIsRead() {
        ExtractionResult none = new ExtractionResult(null, null, null, null, null, null, QueryKind.OTHER, List.of(), Map.of());
        List<OcrPage> lifted = List.of(new OcrPage(0, 2480, 3508, List.of(ABOVE,
                new OcrLine("2026年3", 0.9, DATE, null))));
        Preprocessor.SealBand band = new Preprocessor.SealBand(new BufferedImage(2480, 500, BufferedImage.TYPE_BYTE_GRAY), 2100, false);
        List<Preprocessor.Result> prepared = List.of(new Preprocessor.Result(GREY.get(0).image(), 0, () -> Optional.of(band)));
        Optional<List<OcrPage>> out = SealRows.reread(none, lifted, prepared, reads(
                new OcrLine("陕西省人力资源和社会保障厅", 0.97, new Box(1400, 100, 600, 80), null),
                new OcrLine("2026年3月5日", 0.99, new Box(1470, 200, 420, 80), null)));
        List<OcrLine> lines = out.orElseThrow().get(0).lines();
        assertEquals(List.of(ABOVE.text(), "陕西省人力资源和社会保障厅", "2026年3月5日"), lines.stream().map(OcrLine::text).toList());
        assertEquals(new Box(1400, 2200, 600, 80), lines.get(1).box(), "boxes go back to page coordinates");
        assertTrue(SealRows.reread(none, lifted, GREY, reads()).isEmpty(), "no grey seal, no band");
        // as the extractor gives it: the rows not read have evidence, page 0 and no box, marked MISSING
        ExtractionResult marked = new ReadingChecks(0.9).mark(none);
        assertEquals(out, SealRows.reread(marked, lifted, prepared, reads(
                new OcrLine("陕西省人力资源和社会保障厅", 0.97, new Box(1400, 100, 600, 80), null),
                new OcrLine("2026年3月5日", 0.99, new Box(1470, 200, 420, 80), null))), "the band is read all the same");
    }

    /** Across a black seal (a 1-bit page) the band is read when the unit was not, and never trusted as sure. */
    @Test
    void theBandAcrossABlackSealIsReadWhenTheUnitIsMissingAndMarked() {
        ExtractionResult dateOnly = new ExtractionResult(null, null, null, LocalDate.of(2026, 3, 5), null, null,
                QueryKind.OTHER, List.of(), Map.of(Field.LETTER_DATE, new FieldEvidence(0.99, 1, DATE)));
        List<OcrPage> read = List.of(new OcrPage(0, 2480, 3508, List.of(ABOVE, new OcrLine("2026年3月5日", 0.99, DATE, null))));
        Preprocessor.SealBand band = new Preprocessor.SealBand(new BufferedImage(2480, 500, BufferedImage.TYPE_BYTE_GRAY), 2100, true);
        List<Preprocessor.Result> prepared = List.of(new Preprocessor.Result(GREY.get(0).image(), 0, () -> Optional.of(band)));
        List<OcrLine> lines = SealRows.reread(dateOnly, read, prepared, reads(
                new OcrLine("陕西有育厅", 0.98, new Box(1400, 100, 600, 80), null),
                new OcrLine("2026年3月5日", 0.99, new Box(1470, 200, 420, 80), null))).orElseThrow().get(0).lines();
        assertEquals(List.of(ABOVE.text(), "陕西有育厅", "2026年3月5日"), lines.stream().map(OcrLine::text).toList());
        for (OcrLine l : lines.subList(1, 3)) {
            assertEquals(SealRows.THROUGH_BLACK_SEAL, l.confidence(), 1e-9, l.text());
            assertTrue(java.util.Arrays.stream(l.charConfidences()).allMatch(c -> c <= SealRows.THROUGH_BLACK_SEAL), l.text());
        }
    }

    @Test
    void aRereadingThatLosesARowIsNotKept() {
        ExtractionResult unitOnly = new ExtractionResult(null, "陕西省人力资和社会厅", null, null, null, null, QueryKind.OTHER,
                List.of(), Map.of());
        ExtractionResult both = new ExtractionResult(null, "陕西省人力资源和社会保障厅", null, LocalDate.of(2026, 3, 5),
                null, null, QueryKind.OTHER, List.of(), Map.of());
        assertTrue(SealRows.keeps(unitOnly, both));
        assertTrue(!SealRows.keeps(both, unitOnly), "the date was lost");
    }

    @Test
    void midGreysAreLiftedAndTextKept() {
        BufferedImage g = new BufferedImage(4, 1, BufferedImage.TYPE_BYTE_GRAY);
        int[] in = {20, 90, 124, 250};
        for (int i = 0; i < 4; i++) {
            g.getRaster().setSample(i, 0, 0, in[i]);
        }
        BufferedImage out = SealRows.lifted(g, new Box(0, 0, 4, 1));
        assertEquals(20, out.getRaster().getSample(0, 0, 0));
        assertEquals(SealRows.KEEP + 20 * (255 - SealRows.KEEP) / (SealRows.LIFT - SealRows.KEEP), out.getRaster().getSample(1, 0, 0));
        assertEquals(255, out.getRaster().getSample(2, 0, 0), "a grey seal stroke");
        assertEquals(255, out.getRaster().getSample(3, 0, 0));
    }
}
