package com.creditquerydesk.infrastructure.ocr.ppocr;

import com.creditquerydesk.domain.model.extraction.Box;

/**
 * A detected text region as PaddleOCR has it: a rectangle turned by {@code angle} (radians, y down) about its centre,
 * {@code length} along the text and {@code thickness} across it, in page pixels. {@code box} is the axis-aligned box
 * around it, which the line assembly and the correction view use; the recognizer reads the turned rectangle, so a
 * line tilted in a photo (perspective) or left over after deskewing does not bring its neighbours' strokes into the
 * crop.
 */
record TextRegion(Box box, double centerX, double centerY, double length, double thickness, double angle) {

    /** An axis-aligned region: the box itself. */
    static TextRegion of(Box box) {
        return new TextRegion(box, box.x() + box.width() / 2.0, box.centerY(), box.width(), box.height(), 0);
    }

    boolean turned() {
        return angle != 0;
    }

    /** Width over height, as the recognizer scales it. */
    double aspect() {
        return length / thickness;
    }
}
