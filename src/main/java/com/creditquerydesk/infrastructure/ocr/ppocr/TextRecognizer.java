package com.creditquerydesk.infrastructure.ocr.ppocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.creditquerydesk.domain.model.extraction.Box;

import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * PP-OCRv4 recognition (SVTR + CTC): each region is cut out (a turned one straightened), scaled to height 48 and read; crops are batched
 * in order of width so little padding is wasted. Greedy CTC decoding keeps each character's probability.
 */
final class TextRecognizer {

    static final int HEIGHT = 48;
    /** PaddleOCR's rec_image_shape 3,48,320: narrower batches are padded to this width. */
    private static final int MIN_WIDTH = 320;
    /** Long enough for a full A4 text line at 300 dpi scaled to height 48. */
    private static final int MAX_WIDTH = 48 * 60;

    /** What one box reads as, with one probability per char of the text. */
    record Reading(Box box, String text, double[] charConfidences) {
        double meanConfidence() {
            return Arrays.stream(charConfidences).average().orElse(0);
        }
    }

    private final OrtEnvironment env;
    private final OrtSession session;
    /** Class index to character: 0 is the CTC blank, then the dictionary, then a space. */
    private final String[] classes;
    private final int batchSize;

    TextRecognizer(OrtEnvironment env, OrtSession session, List<String> dictionary, int batchSize) {
        this.env = env;
        this.session = session;
        this.batchSize = batchSize;
        this.classes = new String[dictionary.size() + 2];
        classes[0] = "";
        for (int i = 0; i < dictionary.size(); i++) {
            classes[i + 1] = dictionary.get(i);
        }
        classes[classes.length - 1] = " ";
    }

    List<Reading> recognize(BufferedImage page, List<TextRegion> regions) throws OrtException {
        List<TextRegion> byWidth = new ArrayList<>(regions);
        byWidth.sort(Comparator.comparingDouble(TextRegion::aspect));
        List<Reading> readings = new ArrayList<>(regions.size());
        for (int from = 0; from < byWidth.size(); from += batchSize) {
            readings.addAll(recognizeBatch(page, byWidth.subList(from, Math.min(byWidth.size(), from + batchSize))));
        }
        return readings;
    }

    private List<Reading> recognizeBatch(BufferedImage page, List<TextRegion> batch) throws OrtException {
        int[] widths = new int[batch.size()];
        int batchWidth = MIN_WIDTH;
        for (int i = 0; i < batch.size(); i++) {
            widths[i] = Math.min(MAX_WIDTH, Math.max(1, (int) Math.ceil(HEIGHT * batch.get(i).aspect())));
            batchWidth = Math.max(batchWidth, widths[i]);
        }
        int plane = HEIGHT * batchWidth;
        float[] input = new float[batch.size() * 3 * plane]; // zero = the padding PaddleOCR uses
        int[] row = new int[batchWidth];
        int[][] ink = new int[batch.size()][];
        for (int i = 0; i < batch.size(); i++) {
            TextRegion region = batch.get(i);
            Box b = region.box();
            BufferedImage crop = region.turned() ? Images.turnedCrop(page, region, widths[i], HEIGHT)
                    : Images.resizeRgb(page, b.x(), b.y(), b.width(), b.height(), widths[i], HEIGHT);
            ink[i] = inkExtent(crop, widths[i]);
            int base = i * 3 * plane;
            for (int y = 0; y < HEIGHT; y++) {
                crop.getRGB(0, y, widths[i], 1, row, 0, widths[i]);
                for (int x = 0; x < widths[i]; x++) {
                    int rgb = row[x];
                    int at = y * batchWidth + x;
                    // (v / 255 - 0.5) / 0.5 on the B, G, R planes, as PaddleOCR feeds OpenCV images.
                    input[base + at] = (rgb & 0xff) / 127.5f - 1f;
                    input[base + plane + at] = ((rgb >> 8) & 0xff) / 127.5f - 1f;
                    input[base + 2 * plane + at] = ((rgb >> 16) & 0xff) / 127.5f - 1f;
                }
            }
        }
        String inputName = session.getInputNames().iterator().next();
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(input),
                new long[]{batch.size(), 3, HEIGHT, batchWidth});
             OrtSession.Result result = session.run(Map.of(inputName, tensor))) {
            OnnxTensor out = (OnnxTensor) result.get(0);
            long[] shape = out.getInfo().getShape(); // [batch, steps, classes]
            if (shape[2] != classes.length) {
                throw new IllegalStateException("recognition model has " + shape[2] + " classes, dictionary gives "
                        + classes.length);
            }
            FloatBuffer probs = out.getFloatBuffer();
            int steps = (int) shape[1];
            List<Reading> readings = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                readings.add(decode(batch.get(i).box(), probs, i * steps * classes.length, steps, ink[i],
                        (double) batchWidth / steps));
            }
            return readings;
        }
    }

    /** Greedy CTC: best class per step, repeats collapsed, blanks dropped. */
    private Reading decode(Box box, FloatBuffer probs, int offset, int steps, int[] ink, double pixelsPerStep) {
        StringBuilder text = new StringBuilder();
        List<Double> confidences = new ArrayList<>();
        int previous = 0;
        int firstStep = -1;
        int lastStep = -1;
        for (int t = 0; t < steps; t++) {
            int best = 0;
            float bestP = -1;
            int at = offset + t * classes.length;
            for (int c = 0; c < classes.length; c++) {
                float p = probs.get(at + c);
                if (p > bestP) {
                    bestP = p;
                    best = c;
                }
            }
            if (best != 0 && !classes[best].isBlank()) {
                if (firstStep < 0) {
                    firstStep = t;
                }
                lastStep = t;
            }
            if (best != 0 && best != previous) {
                String ch = classes[best];
                text.append(ch);
                for (int k = 0; k < ch.length(); k++) {
                    confidences.add((double) bestP);
                }
            }
            previous = best;
        }
        // The space class shows up at the ends of boxes cut wider than their text.
        int from = 0;
        int to = text.length();
        while (from < to && text.charAt(from) == ' ') {
            from++;
        }
        while (to > from && text.charAt(to - 1) == ' ') {
            to--;
        }
        String read = text.substring(from, to);
        double[] conf = confidences.subList(from, to).stream().mapToDouble(Double::doubleValue).toArray();
        if (firstStep >= 0 && unreadInk(ink, firstStep * pixelsPerStep, (lastStep + 1) * pixelsPerStep)) {
            // The model sometimes reads a rare character (垚, 燚) as nothing, with high confidence for the rest:
            // the box is then wider than the characters read. Greedy decoding lost it to the blank, but the
            // character often still has some probability there: take it when it is plausible. Either way the
            // reading's confidence is lowered so it goes to the clerk.
            String before = ink[0] < firstStep * pixelsPerStep - UNREAD_INK
                    ? likeliest(probs, offset, (int) (ink[0] / pixelsPerStep), firstStep) : "";
            String after = ink[1] > (lastStep + 1) * pixelsPerStep + UNREAD_INK
                    ? likeliest(probs, offset, lastStep + 1, Math.min(steps, (int) Math.ceil(ink[1] / pixelsPerStep))) : "";
            double[] readConf = conf;
            read = before + read + after;
            conf = new double[read.length()];
            Arrays.fill(conf, DROPPED_CHARACTER_CONFIDENCE);
            for (int i = 0; i < readConf.length; i++) {
                conf[before.length() + i] = Math.min(readConf[i], DROPPED_CHARACTER_CONFIDENCE);
            }
        }
        return new Reading(box, read, conf);
    }

    /**
     * The character (not the blank, not a space) with the highest probability over steps [from, to), or ""
     * when none reaches {@link #UNREAD_CHARACTER}.
     */
    private String likeliest(FloatBuffer probs, int offset, int from, int to) {
        int best = -1;
        float bestP = (float) UNREAD_CHARACTER;
        for (int t = Math.max(0, from); t < to; t++) {
            int at = offset + t * classes.length;
            for (int c = 1; c < classes.length; c++) {
                float p = probs.get(at + c);
                if (p >= bestP && !classes[c].isBlank()) {
                    bestP = p;
                    best = c;
                }
            }
        }
        return best < 0 ? "" : classes[best];
    }

    /** Confidence given to a reading that seems to have lost characters: flagged, but above the drop threshold. */
    static final double DROPPED_CHARACTER_CONFIDENCE = 0.6;

    /**
     * A character the greedy decoding lost is taken from the unread ink at this probability or more: a rare
     * given-name character (垚 燚) loses to the blank there but stays the likeliest character; below it, the
     * ink is more likely a smudge or a rule than a character.
     */
    static final double UNREAD_CHARACTER = 0.1;

    /** Unread ink wider than this (pixels at height 48, about two thirds of a character) means a lost character. */
    static final int UNREAD_INK = 28;

    /**
     * Whether the crop has ink well outside the steps where characters were read: then a character was seen
     * but not read (the model reads some rare characters as nothing).
     */
    static boolean unreadInk(int[] ink, double readFrom, double readTo) {
        return ink != null && (ink[1] - readTo > UNREAD_INK || readFrom - ink[0] > UNREAD_INK);
    }

    /**
     * The leftmost and rightmost columns with ink, ignoring table rules (rows dark across most of the crop and
     * columns dark from top to bottom); null when the crop has no ink.
     */
    static int[] inkExtent(BufferedImage crop, int width) {
        boolean[][] dark = new boolean[HEIGHT][width];
        int[] line = new int[width];
        boolean[] ruleRow = new boolean[HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            crop.getRGB(0, y, width, 1, line, 0, width);
            int n = 0;
            for (int x = 0; x < width; x++) {
                int rgb = line[x];
                int luma = (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                dark[y][x] = luma < 110;
                n += dark[y][x] ? 1 : 0;
            }
            ruleRow[y] = n > 0.6 * width;
        }
        int left = -1;
        int right = -1;
        for (int x = 0; x < width; x++) {
            int n = 0;
            int rows = 0;
            for (int y = 0; y < HEIGHT; y++) {
                if (!ruleRow[y]) {
                    rows++;
                    n += dark[y][x] ? 1 : 0;
                }
            }
            if (n >= 2 && n < 0.85 * rows) {
                left = left < 0 ? x : left;
                right = x;
            }
        }
        return left < 0 ? null : new int[]{left, right + 1};
    }
}
