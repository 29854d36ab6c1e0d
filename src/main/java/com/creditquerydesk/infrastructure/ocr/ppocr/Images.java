package com.creditquerydesk.infrastructure.ocr.ppocr;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Image scaling shared by detection and recognition. */
final class Images {

    private Images() {
    }

    /** The region (sx, sy, sw, sh) of the source scaled bilinearly into a new RGB image of w × h. */
    static BufferedImage resizeRgb(BufferedImage src, int sx, int sy, int sw, int sh, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(src, 0, 0, w, h, sx, sy, sx + sw, sy + sh, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    static BufferedImage resizeRgb(BufferedImage src, int w, int h) {
        return resizeRgb(src, 0, 0, src.getWidth(), src.getHeight(), w, h);
    }
}
