package com.creditquerydesk.infrastructure.ocr.preprocess;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Prepares a page image for OCR: the red seal is whitened (red ink is never text we read, and a seal over the
 * sender or date breaks those lines), the page is turned grey, a seal still there as grey is lifted
 * ({@link GreySeal}), and the page is deskewed, since the engines' boxes are axis-aligned. Works on one page
 * at a time; a 300-dpi A4 grey page is 8.7 MB.
 */
public final class Preprocessor {

    /** Scans are fed by hand: skew beyond this is a page the clerk should rescan, not one to guess at. */
    public static final double MAX_SKEW_DEGREES = 3.0;
    /** Skew below this is left alone: rotating blurs the glyphs more than the tilt hurts. */
    private static final double MIN_CORRECTION_DEGREES = 0.05;
    private static final int DARK = 128;
    /** Red ink: a bright red channel clearly above green and blue. Black text under the seal stays dark. */
    private static final int RED_MIN = 120;
    private static final int RED_MARGIN = 60;
    /**
     * How much darker (red channel) seal ink is over black text than over paper: about 55 for translucent
     * ink, more for real ink on toner. Under the ink, brightness is stretched over this range from white to black.
     */
    static final int UNDER_INK_RANGE = 60;

    /**
     * A page ready for OCR, the skew that was corrected, and the band of rows across a grey seal lifted
     * gently (empty when no grey seal was found). The band is made only when asked for: it is read only when
     * the page gave neither the sender nor the date, so most pages never need it.
     */
    public record Result(BufferedImage image, double skewDegrees, Supplier<Optional<SealBand>> sealBand) {
    }

    /**
     * The full width of the prepared page from row {@code y} down, across a grey seal's ring, with the seal
     * lifted gently ({@link GreySeal#gentlyLifted}), or across a {@code black} one (a 1-bit page) with only its ring's
     * stroke erased: the sender and the date under the seal, for reading again when the page did not give them.
     */
    public record SealBand(BufferedImage image, int y, boolean black) {
    }

    private final boolean removeRed;

    /**
     * @param removeRed whiten red ink. It removes seals but also a red letterhead (红头), which then has to be
     *                  read from the text layer or typed by the clerk (docs/domain.md#engines).
     */
    public Preprocessor(boolean removeRed) {
        this.removeRed = removeRed;
    }

    public Result prepare(BufferedImage page) {
        BufferedImage grey = toGrey(page, removeRed);
        Optional<GreySeal.Ring> ring = GreySeal.find(grey);
        BufferedImage lifted = ring.map(r -> GreySeal.lifted(grey, r)).orElse(grey);
        double skew = estimateSkew(lifted);
        double turn = Math.abs(skew) < MIN_CORRECTION_DEGREES ? 0 : -skew;
        // No grey ring: the seal was red and is gone, or the page is 1-bit and the seal as black as the text; then the
        // band across a black ring keeps everything but the ring's stroke (docs/rules.md#R98).
        Supplier<Optional<SealBand>> band = ring.isPresent()
                ? () -> ring.map(r -> sealBand(GreySeal.gentlyLifted(grey, r), r, turn, false))
                : () -> GreySeal.findBlack(grey).map(r -> sealBand(GreySeal.ringErased(grey, r), r, turn, true));
        return new Result(turn == 0 ? lifted : rotate(lifted, turn), skew, band);
    }

    /** The rows across the ring once the page is turned by {@code degrees} as the prepared page was. */
    private static SealBand sealBand(BufferedImage grey, GreySeal.Ring ring, double degrees, boolean black) {
        double rad = Math.toRadians(degrees);
        // where the ring's centre lands when the page turns about its centre (Graphics2D: y down, clockwise)
        double y = grey.getHeight() / 2.0 + (ring.x() - grey.getWidth() / 2.0) * Math.sin(rad)
                + (ring.y() - grey.getHeight() / 2.0) * Math.cos(rad);
        int top = (int) Math.max(0, y - ring.outer());
        int bottom = (int) Math.min(grey.getHeight(), y + ring.outer());
        return new SealBand(rotate(grey, degrees, top, bottom - top), top, black);
    }

    /**
     * The page in 8-bit grey; with {@code removeRed}, strongly red pixels become white. On a grey scan the
     * seal is grey too and stays (a known limit, docs/domain.md#engines).
     */
    public static BufferedImage toGrey(BufferedImage page, boolean removeRed) {
        int w = page.getWidth();
        int h = page.getHeight();
        BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        if (page.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            // Copy the samples: getRGB would pass them through a linear-to-sRGB curve and lighten the page.
            grey.setData(page.getRaster());
            return grey;
        }
        byte[] out = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int[] row = new int[w];
        int inkOnPaper = removeRed ? inkOnPaper(page) : 255;
        for (int y = 0; y < h; y++) {
            page.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int rgb = row[x];
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                int v = removeRed && isRed(r, g, b) ? underInk(r, inkOnPaper) : (r * 299 + g * 587 + b * 114) / 1000;
                out[y * w + x] = (byte) v;
            }
        }
        return grey;
    }

    /**
     * The brightness (red channel) of the page's seal ink over bare paper, inks and scanners differ too much
     * for a fixed level: most of a seal's ink lies on paper, so the lower quartile of its red pixels, which
     * leaves scanner noise on the ink as white.
     */
    static int inkOnPaper(BufferedImage page) {
        int[] histogram = new int[256];
        int n = 0;
        int[] row = new int[page.getWidth()];
        // Every second row and column: the median does not need every pixel.
        for (int y = 0; y < page.getHeight(); y += 2) {
            page.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int x = 0; x < row.length; x += 2) {
                int r = (row[x] >> 16) & 0xff;
                if (isRed(r, (row[x] >> 8) & 0xff, row[x] & 0xff)) {
                    histogram[r]++;
                    n++;
                }
            }
        }
        return quantile(histogram, n, 0.25, 255);
    }

    /**
     * A grey with the light greys lifted: at or below {@code keep} unchanged (print), at or above {@code lift}
     * white (seal strokes, paper), in between stretched, so the edges of strokes under a seal keep their ink.
     */
    public static int liftGrey(int v, int keep, int lift) {
        return v <= keep ? v : v >= lift ? 255 : keep + (v - keep) * (255 - keep) / (lift - keep);
    }

    /** The level below which more than {@code q} of the {@code n} counted pixels lie; {@code none} if none were. */
    static int quantile(int[] histogram, int n, double q, int none) {
        for (int v = 0, seen = 0; v < histogram.length; v++) {
            seen += histogram[v];
            if (seen > q * n) {
                return v;
            }
        }
        return none;
    }

    /**
     * What a red pixel hides, decided by its brightness. As bright as the ink on paper (or brighter): paper,
     * so white. Darker means something dark lies under the ink, the text the seal was stamped over (the
     * sender's name, the date): its grey is stretched from white at {@code inkOnPaper} to black
     * {@link #UNDER_INK_RANGE} below, so a stroke's anti-aliased edges keep their share of ink and the
     * characters under the seal are not cut into pieces (a fixed cut-off thinned them to breaking on
     * 200-dpi JPEG scans).
     */
    static int underInk(int r, int inkOnPaper) {
        return Math.max(0, Math.min(255, 255 - (inkOnPaper - r) * 255 / UNDER_INK_RANGE));
    }

    static boolean isRed(int r, int g, int b) {
        return r >= RED_MIN && r - Math.max(g, b) >= RED_MARGIN;
    }

    /**
     * The angle (degrees, Graphics2D convention: positive = content turned clockwise) within ±3° that makes
     * the horizontal projection of dark pixels sharpest: text lines then fall into few rows.
     */
    public static double estimateSkew(BufferedImage grey) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        byte[] px = ((DataBufferByte) toGreyIfNeeded(grey).getRaster().getDataBuffer()).getData();
        // Dark pixels on a 2-pixel grid: enough for the profile, a quarter of the work.
        int step = 2;
        int n = 0;
        int[] xs = new int[(w / step + 1) * (h / step + 1) / 4 + 16];
        int[] ys = new int[xs.length];
        for (int y = 0; y < h; y += step) {
            for (int x = 0; x < w; x += step) {
                if ((px[y * w + x] & 0xff) < DARK) {
                    if (n == xs.length) {
                        xs = java.util.Arrays.copyOf(xs, n * 2);
                        ys = java.util.Arrays.copyOf(ys, n * 2);
                    }
                    xs[n] = x;
                    ys[n] = y;
                    n++;
                }
            }
        }
        if (n < 100) {
            return 0;
        }
        double best = 0;
        double bestScore = -1;
        for (double a = -MAX_SKEW_DEGREES; a <= MAX_SKEW_DEGREES + 1e-9; a += 0.1) {
            double s = sharpness(xs, ys, n, a, w, h, step);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        double coarse = best;
        for (double a = coarse - 0.1; a <= coarse + 0.1 + 1e-9; a += 0.01) {
            double s = sharpness(xs, ys, n, a, w, h, step);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        return Math.round(best * 100) / 100.0;
    }

    /**
     * Sum of squared row counts after undoing a rotation by {@code degrees} about the page centre. Rows are
     * {@code step} pixels high, the sampling grid's pitch: with 1-pixel rows the unrotated projection would
     * fill only every step-th row and win at 0° however skewed the page is.
     */
    private static double sharpness(int[] xs, int[] ys, int n, double degrees, int w, int h, int step) {
        double rad = Math.toRadians(degrees);
        double sin = Math.sin(rad);
        double cos = Math.cos(rad);
        double cx = w / 2.0;
        double cy = h / 2.0;
        int margin = (int) Math.ceil(w * Math.sin(Math.toRadians(MAX_SKEW_DEGREES))) + 2;
        int[] rows = new int[(h + 2 * margin) / step + 1];
        for (int i = 0; i < n; i++) {
            double dx = xs[i] - cx;
            double dy = ys[i] - cy;
            int y = (int) Math.round((-dx * sin + dy * cos + cy + margin) / step);
            if (y >= 0 && y < rows.length) {
                rows[y]++;
            }
        }
        double sum = 0;
        for (int c : rows) {
            sum += (double) c * c;
        }
        return sum;
    }

    /** The grey page turned by {@code degrees} (positive = clockwise) about its centre, white behind. */
    public static BufferedImage rotate(BufferedImage grey, double degrees) {
        return rotate(grey, degrees, 0, grey.getHeight());
    }

    /** Rows {@code top} to {@code top + height} of the turned page: only they are drawn. */
    private static BufferedImage rotate(BufferedImage grey, double degrees, int top, int height) {
        BufferedImage out = new BufferedImage(grey.getWidth(), height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.translate(0, -top);
            g.rotate(Math.toRadians(degrees), grey.getWidth() / 2.0, grey.getHeight() / 2.0);
            g.drawImage(grey, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static BufferedImage toGreyIfNeeded(BufferedImage img) {
        return img.getType() == BufferedImage.TYPE_BYTE_GRAY ? img : toGrey(img, false);
    }
}
