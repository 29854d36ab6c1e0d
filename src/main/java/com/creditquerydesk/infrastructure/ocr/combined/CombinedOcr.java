package com.creditquerydesk.infrastructure.ocr.combined;

import com.creditquerydesk.domain.model.extraction.Box;
import com.creditquerydesk.domain.model.extraction.OcrEngine;
import com.creditquerydesk.domain.model.extraction.OcrLine;
import com.creditquerydesk.domain.model.extraction.OcrPage;
import com.creditquerydesk.infrastructure.ocr.OcrSettings;
import com.creditquerydesk.infrastructure.ocr.ppocr.PpOcrEngine;
import com.creditquerydesk.infrastructure.ocr.tesseract.TesseractEngine;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine chosen in ocr.properties. With {@code both}, PP-OCR (far more accurate on names, docs/domain.md#engines) is
 * primary and Tesseract only adds lines where PP-OCR found no text, e.g. a line PP-OCR dropped for low
 * confidence. Close it at shutdown to free the native models.
 */
public final class CombinedOcr implements OcrEngine, AutoCloseable {

    /** A Tesseract line counts as already read when this share of its box lies under PP-OCR lines. */
    private static final double COVERED = 0.3;

    private final OcrEngine primary;
    private final OcrEngine secondary;

    CombinedOcr(OcrEngine primary, OcrEngine secondary) {
        this.primary = primary;
        this.secondary = secondary;
    }

    /** PP-OCR first, Tesseract where it found nothing; closing it closes both. */
    public static CombinedOcr both(PpOcrEngine primary, TesseractEngine secondary) {
        return new CombinedOcr(primary, secondary);
    }

    public static CombinedOcr create(OcrSettings settings) {
        return switch (settings.engine()) {
            case PPOCR -> new CombinedOcr(PpOcrEngine.create(settings), null);
            case TESSERACT -> new CombinedOcr(TesseractEngine.create(settings), null);
            case BOTH -> {
                PpOcrEngine pp = PpOcrEngine.create(settings);
                try {
                    yield both(pp, TesseractEngine.create(settings));
                } catch (RuntimeException e) {
                    pp.close();
                    throw e;
                }
            }
        };
    }

    @Override
    public String name() {
        return secondary == null ? primary.name() : primary.name() + "+" + secondary.name();
    }

    @Override
    public OcrPage recognize(BufferedImage image, int pageIndex, int dpi) {
        OcrPage first = primary.recognize(image, pageIndex, dpi);
        if (secondary == null) {
            return first;
        }
        List<OcrLine> lines = new ArrayList<>(first.lines());
        for (OcrLine extra : secondary.recognize(image, pageIndex, dpi).lines()) {
            if (covered(extra.box(), first.lines()) < COVERED * extra.box().area()) {
                // Before the first line lower on the page: the primary's reading order is kept as it is.
                int at = 0;
                while (at < lines.size() && lines.get(at).box().centerY() <= extra.box().centerY()) {
                    at++;
                }
                lines.add(at, extra);
            }
        }
        return new OcrPage(pageIndex, first.width(), first.height(), lines);
    }

    private static long covered(Box box, List<OcrLine> lines) {
        long sum = 0;
        for (OcrLine l : lines) {
            sum += box.intersectionArea(l.box());
        }
        return sum;
    }

    @Override
    public void close() {
        closeEngine(primary);
        if (secondary != null) {
            closeEngine(secondary);
        }
    }

    private static void closeEngine(OcrEngine engine) {
        if (engine instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                // shutting down: nothing useful to do with it
            }
        }
    }
}
