package com.creditquerydesk.infrastructure.ocr;

import com.creditquerydesk.domain.shared.InfrastructureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OcrSettingsTest {

    @TempDir
    Path dir;

    @Test
    void shippedSettingsAreValid() {
        OcrSettings s = OcrSettings.load(Path.of("ocr-models"));
        assertEquals(OcrSettings.Engine.PPOCR, s.engine());
        assertTrue(s.removeRed());
        assertTrue(s.detMaxSide() >= 1600 && s.detMaxSide() <= 1920);
        assertEquals(0.6, s.detBoxThreshold());
        assertEquals(1.6, s.detUnclipRatio());
        assertEquals(0.5, s.recMinConfidence());
        assertEquals(2, s.ppocrThreads());
        assertEquals("chi_sim+eng", s.tesseractLanguages());
        assertTrue(s.tesseractPsm() == 3 || s.tesseractPsm() == 4, "PSM 6 drops tables");
        assertEquals(300, s.tesseractDpi());
        assertTrue(Files.isRegularFile(s.modelsDir().resolve("ppocr/ch_PP-OCRv4_det_infer.onnx")));
        assertTrue(Files.isRegularFile(s.modelsDir().resolve("tessdata/chi_sim.traineddata")));
    }

    @Test
    void systemPropertyPointsAtAnotherDirectory() throws Exception {
        Files.writeString(dir.resolve("ocr.properties"), "engine=both\n");
        String before = System.getProperty(OcrSettings.DIR_PROPERTY);
        System.setProperty(OcrSettings.DIR_PROPERTY, dir.toString());
        try {
            OcrSettings s = OcrSettings.load();
            assertEquals(dir.toAbsolutePath().normalize(), s.modelsDir());
            assertEquals(OcrSettings.Engine.BOTH, s.engine());
        } finally {
            if (before == null) {
                System.clearProperty(OcrSettings.DIR_PROPERTY);
            } else {
                System.setProperty(OcrSettings.DIR_PROPERTY, before);
            }
        }
    }

    @Test
    void missingFileIsExplainedInBothLanguages() {
        InfrastructureException e = assertThrows(InfrastructureException.class, () -> OcrSettings.load(dir.resolve("nowhere")));
        assertEquals("ocr.settings.missing", e.code());
        assertTrue(e.messageZh().contains("OCR 配置文件"));
        assertTrue(e.messageEn().contains(OcrSettings.DIR_PROPERTY));
    }

    @Test
    void badValuesAreRefusedByName() throws Exception {
        Files.writeString(dir.resolve("ocr.properties"),
                "engine=paddle\nppocr.det.maxSide=99999\nppocr.det.boxThreshold=1.5\nppocr.threads=two\n"
                        + "preprocess.removeRed=yes\n");
        OcrSettings s = OcrSettings.load(dir);
        assertTrue(assertThrows(InfrastructureException.class, s::engine).messageEn().contains("engine"));
        assertTrue(assertThrows(InfrastructureException.class, s::detMaxSide).messageEn().contains("ppocr.det.maxSide"));
        assertTrue(assertThrows(InfrastructureException.class, s::detBoxThreshold).messageZh().contains("boxThreshold"));
        assertThrows(InfrastructureException.class, s::ppocrThreads);
        assertThrows(InfrastructureException.class, s::removeRed);
        assertEquals("ocr.settings.missing-key", assertThrows(InfrastructureException.class, s::tesseractPsm).code());
    }
}
