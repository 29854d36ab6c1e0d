package com.creditquerydesk.infrastructure.ocr.combined;

import com.creditquerydesk.domain.model.extraction.Box;
import com.creditquerydesk.domain.model.extraction.OcrEngine;
import com.creditquerydesk.domain.model.extraction.OcrLine;
import com.creditquerydesk.domain.model.extraction.OcrPage;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CombinedOcrTest {

    /** An engine that returns fixed lines: here the merge rule is under test, not recognition. */
    private record Fixed(String name, List<OcrLine> lines) implements OcrEngine {
        @Override
        public OcrPage recognize(BufferedImage image, int pageIndex, int dpi) {
            return new OcrPage(pageIndex, image.getWidth(), image.getHeight(), lines);
        }
    }

    private static OcrLine line(String text, int x, int y, int w, int h) {
        return new OcrLine(text, 0.9, new Box(x, y, w, h), new double[0]);
    }

    private final BufferedImage image = new BufferedImage(1000, 1000, BufferedImage.TYPE_BYTE_GRAY);

    @Test
    void singleEngineIsPassedThrough() {
        Fixed pp = new Fixed("ppocr", List.of(line("函", 10, 10, 50, 50)));
        CombinedOcr ocr = new CombinedOcr(pp, null);
        assertEquals("ppocr", ocr.name());
        assertEquals(pp.recognize(image, 2, 300), ocr.recognize(image, 2, 300));
    }

    @Test
    void secondEngineOnlyFillsPlacesThePrimaryLeftEmpty() {
        Fixed pp = new Fixed("ppocr", List.of(line("标题", 100, 100, 400, 60), line("落款", 100, 800, 400, 60)));
        Fixed tess = new Fixed("tesseract", List.of(
                line("标题?", 110, 105, 380, 50),      // same place: PP-OCR's reading stays
                line("正文", 100, 400, 400, 60)));     // PP-OCR found nothing there
        CombinedOcr ocr = new CombinedOcr(pp, tess);
        assertEquals("ppocr+tesseract", ocr.name());
        OcrPage page = ocr.recognize(image, 0, 300);
        assertEquals(List.of("标题", "正文", "落款"), page.lines().stream().map(OcrLine::text).toList());
    }
}
