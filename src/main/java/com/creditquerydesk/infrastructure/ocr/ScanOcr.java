package com.creditquerydesk.infrastructure.ocr;

import com.creditquerydesk.domain.model.extraction.OcrEngine;
import com.creditquerydesk.domain.model.extraction.OcrPage;
import com.creditquerydesk.infrastructure.ocr.preprocess.PageImages;
import com.creditquerydesk.infrastructure.ocr.preprocess.Preprocessor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A whole scan file through the OCR path: page images, seal removal and deskew, then the engine. */
public final class ScanOcr {

    private final OcrEngine engine;
    private final Preprocessor preprocessor;

    public ScanOcr(OcrEngine engine, OcrSettings settings) {
        this.engine = engine;
        this.preprocessor = new Preprocessor(settings.removeRed());
    }

    /** The pages of a PDF, TIFF, PNG or JPEG scan, read one at a time. */
    public List<OcrPage> read(Path scan) {
        List<OcrPage> pages = new ArrayList<>();
        PageImages.forEachPage(scan, (index, image, dpi) ->
                pages.add(engine.recognize(preprocessor.prepare(image).image(), index, dpi)));
        return pages;
    }
}
