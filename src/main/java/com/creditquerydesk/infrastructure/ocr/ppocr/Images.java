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

    /**
     * A turned region straightened into a new RGB image of w × h: the page mapped so the region's centre lands in the
     * middle and its slant runs along the x axis (white where the region runs off the page).
     */
    static BufferedImage turnedCrop(BufferedImage src, TextRegion region, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            java.awt.geom.AffineTransform t = new java.awt.geom.AffineTransform();
            t.translate(w / 2.0, h / 2.0);
            t.scale(w / region.length(), h / region.thickness());
            t.rotate(-region.angle());
            t.translate(-region.centerX(), -region.centerY());
            g.drawImage(src, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    static BufferedImage resizeRgb(BufferedImage src, int w, int h) {
        return resizeRgb(src, 0, 0, src.getWidth(), src.getHeight(), w, h);
    }
}
