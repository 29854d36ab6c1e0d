package com.creditquerydesk.infrastructure.ocr;

import com.creditquerydesk.domain.model.extraction.Box;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * Both engines see the cells of a table row as one line when the columns are narrow (序号 | 姓名). A vertical
 * rule between two pieces of text is the page's own statement that they are separate cells.
 */
public final class TableRules {

    private static final int DARK = 128;
    /**
     * A rule runs past the text: the band checked is the rows of both boxes plus this share of their height above
     * and below. A stroke of a glyph (Tesseract's word boxes can cut a character) stays inside the text rows.
     */
    private static final double MARGIN = 0.1;
    /** Share of the band a rule must darken (scans break lines a little). */
    private static final double RULE_COVERAGE = 0.85;

    private TableRules() {
    }

    /** Whether a vertical rule lies in the gap between two boxes of one row. */
    public static boolean ruleBetween(BufferedImage page, Box left, Box right) {
        int textTop = Math.min(left.y(), right.y());
        int textBottom = Math.max(left.bottom(), right.bottom());
        int margin = (int) Math.round(MARGIN * (textBottom - textTop));
        int top = Math.max(0, textTop - margin);
        int bottom = Math.min(page.getHeight(), textBottom + margin);
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
            if (dark >= RULE_COVERAGE * (bottom - top)) {
                return true;
            }
        }
        return false;
    }

    private static int luminance(int rgb) {
        return (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
    }
}
