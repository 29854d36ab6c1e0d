package com.creditquerydesk.infrastructure.ocr.ppocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.creditquerydesk.domain.model.extraction.Box;

import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * PP-OCRv4 text detection (DB): the model gives a per-pixel text probability; connected regions above the
 * threshold become regions, grown by the DB "unclip" distance. A long region whose pixels run at a slant (a line
 * of a phone photo, where perspective tilts lines differently across the page) is a turned rectangle, as
 * PaddleOCR's minimum-area boxes are; the others are axis-aligned boxes, as before (docs/rules.md#R98).
 */
final class TextDetector {

    // ImageNet normalisation as PaddleOCR's det preprocessing applies it to the B, G, R planes.
    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};
    /** Regions thinner than this (in map pixels) are noise, as in PaddleOCR's DBPostProcess (min_size 3). */
    private static final int MIN_SIZE = 3;
    /** A region is turned only when it is this much longer than thick: a short one's slant is not measurable. */
    static final double MIN_TURNED_ASPECT = 4;
    /** Slants below this (radians, about 0.3°) are left axis-aligned: deskewed scans read exactly as before. */
    static final double MIN_TURN = Math.toRadians(0.3);

    private final OrtEnvironment env;
    private final OrtSession session;
    private final int maxSide;
    private final float threshold;
    private final double boxThreshold;
    private final double unclipRatio;

    TextDetector(OrtEnvironment env, OrtSession session, int maxSide, double threshold, double boxThreshold,
                 double unclipRatio) {
        this.env = env;
        this.session = session;
        this.maxSide = maxSide;
        this.threshold = (float) threshold;
        this.boxThreshold = boxThreshold;
        this.unclipRatio = unclipRatio;
    }

    List<TextRegion> detect(BufferedImage image) throws OrtException {
        int w = image.getWidth();
        int h = image.getHeight();
        double scale = Math.min(1.0, (double) maxSide / Math.max(w, h));
        int mw = roundTo32(w * scale);
        int mh = roundTo32(h * scale);
        float[] probability = probabilityMap(Images.resizeRgb(image, mw, mh), mw, mh);
        return boxes(probability, mw, mh, (double) w / mw, (double) h / mh, w, h);
    }

    private float[] probabilityMap(BufferedImage resized, int mw, int mh) throws OrtException {
        int plane = mw * mh;
        float[] input = new float[3 * plane];
        int[] row = new int[mw];
        for (int y = 0; y < mh; y++) {
            resized.getRGB(0, y, mw, 1, row, 0, mw);
            for (int x = 0; x < mw; x++) {
                int rgb = row[x];
                int i = y * mw + x;
                input[i] = ((rgb & 0xff) / 255f - MEAN[0]) / STD[0];
                input[plane + i] = (((rgb >> 8) & 0xff) / 255f - MEAN[1]) / STD[1];
                input[2 * plane + i] = (((rgb >> 16) & 0xff) / 255f - MEAN[2]) / STD[2];
            }
        }
        String inputName = session.getInputNames().iterator().next();
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(input), new long[]{1, 3, mh, mw});
             OrtSession.Result result = session.run(Map.of(inputName, tensor))) {
            FloatBuffer out = ((OnnxTensor) result.get(0)).getFloatBuffer();
            float[] map = new float[plane];
            out.get(map);
            return map;
        }
    }

    /** Connected regions (8-neighbourhood) of the thresholded map, scored, unclipped and scaled to the page. */
    private List<TextRegion> boxes(float[] prob, int mw, int mh, double sx, double sy, int pageW, int pageH) {
        int[] label = new int[prob.length];
        int[] stack = new int[prob.length];
        List<TextRegion> found = new ArrayList<>();
        int next = 0;
        for (int start = 0; start < prob.length; start++) {
            if (label[start] != 0 || prob[start] <= threshold) {
                continue;
            }
            next++;
            int minX = mw, minY = mh, maxX = -1, maxY = -1;
            double n = 0, sumX = 0, sumY = 0, sumXX = 0, sumYY = 0, sumXY = 0;
            int top = 0;
            stack[top++] = start;
            label[start] = next;
            while (top > 0) {
                int p = stack[--top];
                int px = p % mw;
                int py = p / mw;
                n++;
                sumX += px;
                sumY += py;
                sumXX += (double) px * px;
                sumYY += (double) py * py;
                sumXY += (double) px * py;
                minX = Math.min(minX, px);
                maxX = Math.max(maxX, px);
                minY = Math.min(minY, py);
                maxY = Math.max(maxY, py);
                for (int dy = -1; dy <= 1; dy++) {
                    int ny = py + dy;
                    if (ny < 0 || ny >= mh) {
                        continue;
                    }
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = px + dx;
                        if (nx < 0 || nx >= mw) {
                            continue;
                        }
                        int q = ny * mw + nx;
                        if (label[q] == 0 && prob[q] > threshold) {
                            label[q] = next;
                            stack[top++] = q;
                        }
                    }
                }
            }
            int bw = maxX - minX + 1;
            int bh = maxY - minY + 1;
            if (Math.min(bw, bh) < MIN_SIZE) {
                continue;
            }
            double mx = sumX / n;
            double my = sumY / n;
            double angle = 0.5 * Math.atan2(2 * (sumXY / n - mx * my), (sumXX / n - mx * mx) - (sumYY / n - my * my));
            if (Math.abs(angle) >= MIN_TURN && Math.abs(angle) <= Math.PI / 8 && (double) bw / bh >= MIN_TURNED_ASPECT) {
                // scored inside its own turned rectangle: the axis-aligned box of a slanted line is half empty
                TextRegion region = turned(prob, label, next, mw, minX, minY, maxX, maxY, mx, my, angle, sx, sy, pageW, pageH);
                if (region != null) {
                    found.add(region);
                }
                continue;
            }
            if (meanInside(prob, mw, minX, minY, maxX, maxY) < boxThreshold) {
                continue;
            }
            double d = (double) bw * bh * unclipRatio / (2.0 * (bw + bh));
            if (Math.min(bw, bh) + 2 * d < MIN_SIZE + 2) {
                continue;
            }
            int x0 = clamp((int) Math.floor((minX - d) * sx), pageW - 1);
            int y0 = clamp((int) Math.floor((minY - d) * sy), pageH - 1);
            int x1 = clamp((int) Math.ceil((maxX + 1 + d) * sx), pageW);
            int y1 = clamp((int) Math.ceil((maxY + 1 + d) * sy), pageH);
            if (x1 > x0 && y1 > y0) {
                found.add(TextRegion.of(new Box(x0, y0, x1 - x0, y1 - y0)));
            }
        }
        return Collections.unmodifiableList(found);
    }

    /**
     * The component's rectangle along {@code angle}: its pixels' extent along and across the slant, scored by the mean
     * probability inside it (null below the box threshold), grown by the unclip distance, in page pixels. Its box for
     * the layout is the straightened line's: as long as the line runs across the page, as high as the line is thick.
     */
    private TextRegion turned(float[] prob, int[] label, int id, int mw, int minX, int minY, int maxX, int maxY,
                              double mx, double my, double angle, double sx, double sy, int pageW, int pageH) {
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE, across0 = Double.MAX_VALUE, across1 = -Double.MAX_VALUE;
        for (int y = minY; y <= maxY; y++) {
            for (int x = minX; x <= maxX; x++) {
                if (label[y * mw + x] == id) {
                    double along = (x - mx) * cos + (y - my) * sin;
                    double across = -(x - mx) * sin + (y - my) * cos;
                    lo = Math.min(lo, along);
                    hi = Math.max(hi, along + 1);
                    across0 = Math.min(across0, across);
                    across1 = Math.max(across1, across + 1);
                }
            }
        }
        double sum = 0;
        int inside = 0;
        for (int y = minY; y <= maxY; y++) {
            for (int x = minX; x <= maxX; x++) {
                double along = (x - mx) * cos + (y - my) * sin;
                double across = -(x - mx) * sin + (y - my) * cos;
                if (along >= lo && along < hi && across >= across0 && across < across1) {
                    sum += prob[y * mw + x];
                    inside++;
                }
            }
        }
        if (inside == 0 || sum / inside < boxThreshold) {
            return null;
        }
        double length = hi - lo;
        double thickness = across1 - across0;
        double d = length * thickness * unclipRatio / (2.0 * (length + thickness));
        double midAlong = (lo + hi) / 2;
        double midAcross = (across0 + across1) / 2;
        double cx = (mx + midAlong * cos - midAcross * sin) * sx;
        double cy = (my + midAlong * sin + midAcross * cos) * sy;
        double grownLength = (length + 2 * d) * sx;
        double grownThickness = (thickness + 2 * d) * sy;
        int x0 = clamp((int) Math.floor(cx - grownLength * cos / 2), pageW - 1);
        int y0 = clamp((int) Math.floor(cy - grownThickness / 2), pageH - 1);
        int x1 = clamp((int) Math.ceil(cx + grownLength * cos / 2), pageW);
        int y1 = clamp((int) Math.ceil(cy + grownThickness / 2), pageH);
        if (x1 <= x0 || y1 <= y0) {
            return null;
        }
        return new TextRegion(new Box(x0, y0, x1 - x0, y1 - y0), cx, cy, grownLength, grownThickness, angle);
    }

    /** PaddleOCR's "fast" box score: mean probability over the box. */
    private static double meanInside(float[] prob, int mw, int minX, int minY, int maxX, int maxY) {
        double sum = 0;
        for (int y = minY; y <= maxY; y++) {
            for (int x = minX; x <= maxX; x++) {
                sum += prob[y * mw + x];
            }
        }
        return sum / ((double) (maxX - minX + 1) * (maxY - minY + 1));
    }

    private static int roundTo32(double v) {
        return Math.max(32, (int) Math.round(v / 32) * 32);
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }
}
