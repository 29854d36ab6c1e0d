package com.creditquerydesk.infrastructure.ocr;

import com.creditquerydesk.domain.model.extraction.OcrPage;
import com.creditquerydesk.infrastructure.ocr.ppocr.PpOcrEngine;
import com.creditquerydesk.infrastructure.ocr.preprocess.PageImages;
import com.creditquerydesk.infrastructure.ocr.preprocess.Preprocessor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A scanned PDF through the OCR path the server takes: page images, seal removal and deskew, then the engine. */
class ScannedPdfOcrTest {

    @TempDir
    Path dir;

    /** A scanner's PDF: the skewed, sealed page as a JPEG filling an A4 page, rendered back at 300 dpi. */
    @Test
    void readsAScannedPdfEndToEnd() throws Exception {
        Path pdf = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            var image = JPEGFactory.createFromImage(doc, SyntheticScan.scanned(-1.2, 5), 0.85f);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            doc.save(pdf.toFile());
        }
        OcrSettings settings = OcrSettings.load();
        try (PpOcrEngine engine = PpOcrEngine.create(settings)) {
            Preprocessor preprocessor = new Preprocessor(settings.removeRed());
            List<OcrPage> pages = new ArrayList<>();
            PageImages.forEachPage(pdf, (index, image, dpi) ->
                    pages.add(engine.recognize(preprocessor.prepare(image).image(), index, dpi)));
            assertEquals(1, pages.size());
            List<String> texts = pages.get(0).lines().stream().map(l -> l.text()).toList();
            assertTrue(texts.containsAll(SyntheticScan.IDS), () -> String.join("\n", texts));
            assertTrue(texts.contains(SyntheticScan.TITLE), () -> String.join("\n", texts));
            assertTrue(texts.contains(SyntheticScan.SENDER), () -> String.join("\n", texts));
        }
    }
}
