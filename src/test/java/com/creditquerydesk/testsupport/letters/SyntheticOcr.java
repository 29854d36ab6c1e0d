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
 * two-character names come back as two boxes, as STACK.md saw with PP-OCR.
 */
public final class SyntheticOcr {

    private SyntheticOcr() {
    }

    public static List<OcrPage> pages(LetterSpec spec, int dpi) {
        Random r = new Random(spec.seed() * 17 + dpi);
        double scale = dpi / 72.0;
        List<OcrPage> pages = new ArrayList<>();
        for (LaidOutPage page : LetterLayout.layout(spec, spec.seed() % 2 == 0)) {
            List<OcrLine> lines = new ArrayList<>();
            for (LaidOutPage.TextItem t : page.items()) {
                if (t.cell() && t.text().length() == 2 && Character.isIdeographic(t.text().charAt(0))
                        && r.nextInt(8) == 0) {
                    float half = t.width() / 2;
                    lines.add(line(t.text().substring(0, 1), t.x(), t.top(), half * 0.9f, t.height(), scale, r));
                    lines.add(line(t.text().substring(1), t.x() + half * 1.1f, t.top(), half * 0.9f, t.height(), scale, r));
                } else {
                    lines.add(line(t.text(), t.x(), t.top(), t.width(), t.height(), scale, r));
                }
            }
            Collections.shuffle(lines, r);
            pages.add(new OcrPage(page.pageNumber() - 1, (int) Math.round(LaidOutPage.WIDTH * scale),
                    (int) Math.round(LaidOutPage.HEIGHT * scale), lines));
        }
        return pages;
    }

    private static OcrLine line(String text, float x, float y, float w, float h, double scale, Random r) {
        int jitter = (int) Math.max(1, Math.round(scale * 1.5));
        Box box = new Box((int) Math.round(x * scale) + r.nextInt(2 * jitter + 1) - jitter,
                (int) Math.round(y * scale) + r.nextInt(2 * jitter + 1) - jitter,
                (int) Math.round(w * scale) + r.nextInt(2 * jitter + 1) - jitter,
                (int) Math.round(h * scale) + r.nextInt(2 * jitter + 1) - jitter);
        double[] chars = new double[text.length()];
        double min = 1;
        for (int i = 0; i < chars.length; i++) {
            chars[i] = 0.8 + r.nextDouble() * 0.2;
            min = Math.min(min, chars[i]);
        }
        double mean = java.util.Arrays.stream(chars).average().orElse(min);
        return new OcrLine(text, mean, box, chars);
    }
}
