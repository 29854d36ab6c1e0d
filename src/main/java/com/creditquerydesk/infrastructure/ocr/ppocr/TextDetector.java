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
 * threshold become boxes, grown by the DB "unclip" distance. Boxes are axis-aligned, which is why pages are
 * deskewed first.
 */
final class TextDetector {

    // ImageNet normalisation as PaddleOCR's det preprocessing applies it to the B, G, R planes.
    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};
    /** Regions thinner than this (in map pixels) are noise, as in PaddleOCR's DBPostProcess (min_size 3). */
    private static final int MIN_SIZE = 3;

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

    List<Box> detect(BufferedImage image) throws OrtException {
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
    private List<Box> boxes(float[] prob, int mw, int mh, double sx, double sy, int pageW, int pageH) {
        int[] label = new int[prob.length];
        int[] stack = new int[prob.length];
        List<Box> found = new ArrayList<>();
        int next = 0;
        for (int start = 0; start < prob.length; start++) {
            if (label[start] != 0 || prob[start] <= threshold) {
                continue;
            }
            next++;
            int minX = mw, minY = mh, maxX = -1, maxY = -1;
            int top = 0;
            stack[top++] = start;
            label[start] = next;
            while (top > 0) {
                int p = stack[--top];
                int px = p % mw;
                int py = p / mw;
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
            if (Math.min(bw, bh) < MIN_SIZE || meanInside(prob, mw, minX, minY, maxX, maxY) < boxThreshold) {
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
                found.add(new Box(x0, y0, x1 - x0, y1 - y0));
            }
        }
        return Collections.unmodifiableList(found);
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
