package com.creditquerydesk.infrastructure.ocr.combined;

import com.creditquerydesk.domain.model.extraction.OcrEngine;
import com.creditquerydesk.infrastructure.config.AppConfig;
import com.creditquerydesk.infrastructure.ocr.OcrSettings;
import com.creditquerydesk.infrastructure.ocr.tesseract.TesseractEngine;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one OCR engine of the server: models are loaded once, on first use (not at start-up, which stays
 * fast), shared by all extraction jobs and closed when the application stops.
 */
@ApplicationScoped
public class OcrEngineHolder {

    @Inject
    AppConfig config;

    private volatile OcrSettings settings;
    private volatile CombinedOcr engine;
    private volatile TesseractEngine secondEngine;

    public OcrSettings settings() {
        if (settings == null) {
            synchronized (this) {
                if (settings == null) {
                    // JavaCPP unpacks Tesseract's natives once; keep them with the server's data, not in $HOME.
                    if (System.getProperty("org.bytedeco.javacpp.cachedir") == null) {
                        System.setProperty("org.bytedeco.javacpp.cachedir",
                                config.dataDir().resolve("cache/javacpp").toString());
                    }
                    settings = OcrSettings.load(config.ocrModelsDir());
                }
            }
        }
        return settings;
    }

    public CombinedOcr engine() {
        if (engine == null) {
            synchronized (this) {
                if (engine == null) {
                    engine = CombinedOcr.create(settings());
                }
            }
        }
        return engine;
    }

    /** Tesseract for the second reading of the number and unit, or null when {@code secondReading} is off. */
    public OcrEngine secondEngine() {
        if (!settings().secondReading()) {
            return null;
        }
        if (secondEngine == null) {
            synchronized (this) {
                if (secondEngine == null) {
                    secondEngine = TesseractEngine.create(settings());
                }
            }
        }
        return secondEngine;
    }

    @PreDestroy
    void close() {
        if (engine != null) {
            engine.close();
        }
        if (secondEngine != null) {
            secondEngine.close();
        }
    }
}
