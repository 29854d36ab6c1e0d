package com.creditquerydesk.infrastructure.ocr.ppocr;

import com.creditquerydesk.domain.model.extraction.Box;
import com.creditquerydesk.domain.model.extraction.OcrLine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Turns per-box readings into lines in reading order. The detector splits widely spaced text (a two-character
 * name written "张  三") into separate boxes; boxes on one row closer than {@code mergeGap} line heights are
 * joined again unless a table rule stands between them, so table cells stay separate lines.
 */
final class LineAssembler {

    /** Two boxes share a row when they overlap vertically by at least this part of the lower one. */
    private static final double ROW_OVERLAP = 0.5;
    /** Boxes of very different heights (a title next to body text) are not merged. */
    private static final double MAX_HEIGHT_RATIO = 1.5;

    private final double minConfidence;
    private final double mergeGap;

    LineAssembler(double minConfidence, double mergeGap) {
        this.minConfidence = minConfidence;
        this.mergeGap = mergeGap;
    }

    /** Whether something on the page (a table rule) separates two boxes of one row. */
    interface Separator {
        boolean between(Box left, Box right);
    }

    List<OcrLine> assemble(List<TextRecognizer.Reading> readings, Separator separator) {
        List<TextRecognizer.Reading> kept = new ArrayList<>();
        for (TextRecognizer.Reading r : readings) {
            if (!r.text().isBlank() && r.meanConfidence() >= minConfidence) {
                kept.add(r);
            }
        }
        kept.sort(Comparator.comparingDouble(r -> r.box().centerY()));
        List<List<TextRecognizer.Reading>> rows = new ArrayList<>();
        for (TextRecognizer.Reading r : kept) {
            List<TextRecognizer.Reading> row = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (row != null && sameRow(row, r.box())) {
                row.add(r);
            } else {
                rows.add(new ArrayList<>(List.of(r)));
            }
        }
        List<OcrLine> lines = new ArrayList<>();
        for (List<TextRecognizer.Reading> row : rows) {
            row.sort(Comparator.comparingInt(r -> r.box().x()));
            Piece current = null;
            for (TextRecognizer.Reading r : row) {
                Piece p = new Piece(r.box(), r.text(), r.charConfidences());
                if (current != null && close(current.box, p.box) && !separator.between(current.box, p.box)) {
                    current = current.join(p);
                } else {
                    if (current != null) {
                        lines.add(current.toLine());
                    }
                    current = p;
                }
            }
            lines.add(current.toLine());
        }
        return lines;
    }

    private static boolean sameRow(List<TextRecognizer.Reading> row, Box b) {
        for (TextRecognizer.Reading r : row) {
            Box a = r.box();
            int overlap = Math.min(a.bottom(), b.bottom()) - Math.max(a.y(), b.y());
            if (overlap >= ROW_OVERLAP * Math.min(a.height(), b.height())) {
                return true;
            }
        }
        return false;
    }

    private boolean close(Box left, Box right) {
        int minH = Math.min(left.height(), right.height());
        int maxH = Math.max(left.height(), right.height());
        int gap = right.x() - left.right();
        return maxH <= MAX_HEIGHT_RATIO * minH && gap <= mergeGap * minH;
    }

    private record Piece(Box box, String text, double[] conf) {

        Piece join(Piece right) {
            boolean space = !text.isEmpty() && !right.text.isEmpty()
                    && isLatinOrDigit(text.charAt(text.length() - 1)) && isLatinOrDigit(right.text.charAt(0));
            double[] joined = new double[conf.length + (space ? 1 : 0) + right.conf.length];
            System.arraycopy(conf, 0, joined, 0, conf.length);
            if (space) {
                joined[conf.length] = Math.min(conf[conf.length - 1], right.conf[0]);
            }
            System.arraycopy(right.conf, 0, joined, joined.length - right.conf.length, right.conf.length);
            return new Piece(box.union(right.box), text + (space ? " " : "") + right.text, joined);
        }

        OcrLine toLine() {
            return new OcrLine(text, Arrays.stream(conf).average().orElse(0), box, conf);
        }

        private static boolean isLatinOrDigit(char c) {
            return c < 128 && Character.isLetterOrDigit(c);
        }
    }
}
