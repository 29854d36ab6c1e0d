package com.creditquerydesk.infrastructure.ocr.ppocr;

import com.creditquerydesk.domain.model.extraction.Box;
import com.creditquerydesk.domain.model.extraction.OcrLine;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class LineAssemblerTest {

    private static final LineAssembler.Separator NO_RULES = (l, r) -> false;
    private final LineAssembler assembler = new LineAssembler(0.5, 2.0);

    private static TextRecognizer.Reading reading(String text, int x, int y, int w, int h, double conf) {
        double[] c = new double[text.length()];
        Arrays.fill(c, conf);
        return new TextRecognizer.Reading(new Box(x, y, w, h), text, c);
    }

    private static List<String> texts(List<OcrLine> lines) {
        return lines.stream().map(OcrLine::text).toList();
    }

    @Test
    void joinsAWidelySpacedNameAndKeepsItsConfidences() {
        List<OcrLine> lines = assembler.assemble(List.of(
                reading("娜", 700, 102, 60, 60, 0.8), reading("李", 520, 100, 60, 60, 0.9)), NO_RULES);
        assertEquals(List.of("李娜"), texts(lines));
        assertEquals(new Box(520, 100, 240, 62), lines.get(0).box());
        assertArrayEquals(new double[]{0.9, 0.8}, lines.get(0).charConfidences(), 1e-12);
        assertEquals(0.85, lines.get(0).confidence(), 1e-12);
    }

    @Test
    void keepsFarApartPiecesOfARowSeparate() {
        // 2.5 line heights apart: a table column, not a spaced name.
        List<OcrLine> lines = assembler.assemble(List.of(
                reading("张伟", 500, 100, 120, 60, 0.9), reading("610103199003071234", 770, 100, 500, 60, 0.9)),
                NO_RULES);
        assertEquals(List.of("张伟", "610103199003071234"), texts(lines));
    }

    @Test
    void doesNotJoinAcrossATableRule() {
        List<TextRecognizer.Reading> row = List.of(
                reading("序号", 300, 100, 120, 60, 0.9), reading("姓名", 480, 100, 120, 60, 0.9));
        assertEquals(List.of("序号姓名"), texts(assembler.assemble(row, NO_RULES)));
        assertEquals(List.of("序号", "姓名"), texts(assembler.assemble(row, (l, r) -> true)));
    }

    @Test
    void putsASpaceOnlyBetweenLatinOrDigits() {
        List<OcrLine> lines = assembler.assemble(List.of(
                reading("No", 100, 100, 60, 40, 0.9), reading("12", 200, 100, 50, 40, 0.7)), NO_RULES);
        assertEquals(List.of("No 12"), texts(lines));
        assertArrayEquals(new double[]{0.9, 0.9, 0.7, 0.7, 0.7}, lines.get(0).charConfidences(), 1e-12);
    }

    @Test
    void dropsDoubtfulAndEmptyReadings() {
        List<OcrLine> lines = assembler.assemble(List.of(
                reading("噪", 100, 100, 40, 40, 0.3), reading("", 100, 300, 40, 40, 0.9),
                reading("函", 100, 500, 40, 40, 0.5)), NO_RULES);
        assertEquals(List.of("函"), texts(lines));
    }

    @Test
    void ordersRowsTopDownAndPiecesLeftToRight() {
        List<OcrLine> lines = assembler.assemble(List.of(
                reading("C", 900, 310, 40, 40, 0.9), reading("B", 100, 300, 40, 40, 0.9),
                reading("A", 600, 100, 40, 40, 0.9)), NO_RULES);
        assertEquals(List.of("A", "B", "C"), texts(lines));
    }

    @Test
    void doesNotJoinATitleWithSmallerText() {
        List<OcrLine> lines = assembler.assemble(List.of(
                reading("关于", 100, 100, 200, 100, 0.9), reading("附", 330, 140, 50, 50, 0.9)), NO_RULES);
        assertEquals(List.of("关于", "附"), texts(lines));
    }
}
