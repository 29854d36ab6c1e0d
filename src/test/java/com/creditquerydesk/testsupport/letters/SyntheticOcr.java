package com.creditquerydesk.testsupport.letters;

import com.creditquerydesk.domain.model.extraction.Box;
import com.creditquerydesk.domain.model.extraction.OcrLine;
import com.creditquerydesk.domain.model.extraction.OcrPage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * What a good OCR engine would answer for a scan of the letter: one line box per text run and per table
 * cell, in pixels at the given dpi, boxes jittered by a few pixels, confidences below 1, and lines in
 * a shuffled order so a consumer must rely on positions, not on the engine's order. Some widely spaced
 * two-character names come back as two boxes, as PP-OCR does (docs/domain.md#engines). With a character error rate,
 * digits turn into the letters OCR confuses them with (0→O, 1→l, 5→S, 6→b, 8→B, 9→g, X→x), other
 * characters into look-alikes, and rare name characters (喆 垚 燚 犇) are often dropped, with a low
 * per-character confidence where that happened.
 */
public final class SyntheticOcr {

    private SyntheticOcr() {
    }

    /**
     * @param skewDegrees   the scan's rotation: boxes become the axis-aligned hulls of the rotated text
     * @param charErrorRate the chance of each character being misread (0 for a perfect reading)
     */
    public static List<OcrPage> pages(LetterSpec spec, int dpi, double skewDegrees, double charErrorRate) {
        Random r = new Random(spec.seed() * 17 + dpi);
        Skew skew = new Skew(dpi / 72.0, Math.toRadians(skewDegrees));
        List<OcrPage> pages = new ArrayList<>();
        for (LaidOutPage page : LetterLayout.layout(spec, spec.seed() % 2 == 0)) {
            List<OcrLine> lines = new ArrayList<>();
            for (LaidOutPage.TextItem t : page.items()) {
                if (t.cell() && t.text().length() == 2 && Character.isIdeographic(t.text().charAt(0))
                        && r.nextInt(8) == 0) {
                    float half = t.width() / 2;
                    lines.add(line(t.text().substring(0, 1), t.x(), t.top(), half * 0.9f, t.height(), skew, charErrorRate, r));
                    lines.add(line(t.text().substring(1), t.x() + half * 1.1f, t.top(), half * 0.9f, t.height(), skew, charErrorRate, r));
                } else {
                    lines.add(line(t.text(), t.x(), t.top(), t.width(), t.height(), skew, charErrorRate, r));
                }
            }
            Collections.shuffle(lines, r);
            pages.add(new OcrPage(page.pageNumber() - 1, (int) Math.round(LaidOutPage.WIDTH * skew.scale()),
                    (int) Math.round(LaidOutPage.HEIGHT * skew.scale()), lines));
        }
        return pages;
    }

    /** Points to pixels, rotated about the page centre. */
    private record Skew(double scale, double radians) {
        Box hull(float x, float y, float w, float h) {
            double cx = LaidOutPage.WIDTH / 2;
            double cy = LaidOutPage.HEIGHT / 2;
            double cos = Math.cos(radians);
            double sin = Math.sin(radians);
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (double[] p : new double[][]{{x, y}, {x + w, y}, {x, y + h}, {x + w, y + h}}) {
                double px = cx + (p[0] - cx) * cos - (p[1] - cy) * sin;
                double py = cy + (p[0] - cx) * sin + (p[1] - cy) * cos;
                minX = Math.min(minX, px);
                maxX = Math.max(maxX, px);
                minY = Math.min(minY, py);
                maxY = Math.max(maxY, py);
            }
            return new Box((int) Math.round(minX * scale), (int) Math.round(minY * scale),
                    (int) Math.round((maxX - minX) * scale), (int) Math.round((maxY - minY) * scale));
        }
    }

    private static final String DIGITS = "0123456789";
    private static final String DIGIT_MISREADS = "OlZ3ASb7Bg";
    private static final String RARE = "喆垚燚犇";
    private static final String LOOK_ALIKES = "或妙未土己";

    private static OcrLine line(String text, float x, float y, float w, float h, Skew skew, double errorRate, Random r) {
        int jitter = (int) Math.max(1, Math.round(skew.scale() * 1.5));
        Box hull = skew.hull(x, y, w, h);
        Box box = new Box(hull.x() + r.nextInt(2 * jitter + 1) - jitter, hull.y() + r.nextInt(2 * jitter + 1) - jitter,
                hull.width() + r.nextInt(2 * jitter + 1) - jitter, hull.height() + r.nextInt(2 * jitter + 1) - jitter);
        StringBuilder read = new StringBuilder();
        List<Double> confidences = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean misread = errorRate > 0 && r.nextDouble() < errorRate;
            if (errorRate > 0 && RARE.indexOf(c) >= 0 && r.nextInt(3) == 0) {
                continue; // a character the recogniser does not know is lost
            }
            if (misread) {
                int d = DIGITS.indexOf(c);
                read.append(d >= 0 ? DIGIT_MISREADS.charAt(d) : c == 'X' ? 'x'
                        : Character.isIdeographic(c) ? LOOK_ALIKES.charAt(r.nextInt(LOOK_ALIKES.length())) : c);
                confidences.add(0.3 + r.nextDouble() * 0.3);
            } else {
                read.append(c);
                confidences.add(0.8 + r.nextDouble() * 0.2);
            }
        }
        double[] chars = confidences.stream().mapToDouble(Double::doubleValue).toArray();
        double mean = java.util.Arrays.stream(chars).average().orElse(0);
        return new OcrLine(read.toString(), mean, box, chars);
    }
}
