package com.creditquerydesk.infrastructure.ocr.ppocr;

import com.creditquerydesk.domain.model.extraction.Box;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/** Pixel work shared by detection, recognition and line assembly. */
final class Images {

    private static final int DARK = 128;

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
     * Whether a vertical rule (a column at least 80% dark over the rows both boxes share) lies in the gap
     * between two boxes of one row.
     */
    static boolean ruleBetween(BufferedImage page, Box left, Box right) {
        int top = Math.max(left.y(), right.y());
        int bottom = Math.min(left.bottom(), right.bottom());
        if (bottom <= top) {
            return false;
        }
        Raster raster = page.getRaster();
        boolean grey = page.getType() == BufferedImage.TYPE_BYTE_GRAY;
        for (int x = Math.max(0, left.right()); x < Math.min(page.getWidth(), right.x()); x++) {
            int dark = 0;
            for (int y = top; y < bottom; y++) {
                int v = grey ? raster.getSample(x, y, 0) : luminance(page.getRGB(x, y));
                if (v < DARK) {
                    dark++;
                }
            }
            if (dark >= 0.8 * (bottom - top)) {
                return true;
            }
        }
        return false;
    }

    private static int luminance(int rgb) {
        return (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
    }

    static BufferedImage resizeRgb(BufferedImage src, int w, int h) {
        return resizeRgb(src, 0, 0, src.getWidth(), src.getHeight(), w, h);
    }
}
