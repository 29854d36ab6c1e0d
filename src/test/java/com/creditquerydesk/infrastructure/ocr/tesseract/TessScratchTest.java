package com.creditquerydesk.infrastructure.ocr.tesseract;

import com.creditquerydesk.domain.model.extraction.OcrLine;
import com.creditquerydesk.domain.model.extraction.OcrPage;
import com.creditquerydesk.infrastructure.ocr.OcrSettings;
import com.creditquerydesk.infrastructure.ocr.SyntheticScan;
import com.creditquerydesk.infrastructure.ocr.preprocess.Preprocessor;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.File;

class TessScratchTest {
    @Test
    void run() throws Exception {
        var img = SyntheticScan.scanned(1.5, 7);
        ImageIO.write(img, "png", new File("/tmp/ocrdl/scan2.png"));
        long t0 = System.nanoTime();
        var prep = new Preprocessor().prepare(img);
        System.out.println("skew " + prep.skewDegrees() + " in " + (System.nanoTime() - t0) / 1e9);
        ImageIO.write(prep.image(), "png", new File("/tmp/ocrdl/prep2.png"));
        try (var e = TesseractEngine.create(OcrSettings.load())) {
            for (int i = 0; i < 3; i++) {
                t0 = System.nanoTime();
                OcrPage p = e.recognize(prep.image(), 0, 300);
                System.out.println("secs " + (System.nanoTime() - t0) / 1e9);
                if (i == 0) for (OcrLine l : p.lines()) System.out.println(l.text() + "  " + l.confidence() + " " + l.box());
            }
        }
    }
}
