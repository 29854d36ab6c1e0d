package com.creditquerydesk.domain.model.reading;

import com.creditquerydesk.domain.model.extraction.Box;
import com.creditquerydesk.domain.model.extraction.DocumentText;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextLine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a page's blocks into rows of cells in reading order. Known tables give their rows; lines without
 * a position (DOCX) are one-cell rows in order; positioned lines (PDF runs, OCR boxes) are grouped into
 * rows by vertical position (a skew of a few degrees is measured and taken out) and ordered by x, which
 * rebuilds tables whose cells came as separate boxes.
 */
final class LayoutRows {

    /** A row of cells on a page (1-based); {@code sheetRow} its number in a spreadsheet, 0 when not one. */
    record Row(int page, List<TextLine> cells, int sheetRow) {

        Row(int page, List<TextLine> cells) {
            this(page, cells, 0);
        }

        String text() {
            StringBuilder s = new StringBuilder();
            for (TextLine c : cells) {
                s.append(c.text());
            }
            return s.toString();
        }

        double confidence() {
            return cells.stream().mapToDouble(TextLine::confidence).min().orElse(0);
        }

        /** The union of the cells' boxes, or null when none is known. */
        Box box() {
            return union(cells.stream().map(TextLine::box).toList());
        }
    }

    private LayoutRows() {
    }

    static List<Row> of(DocumentText text) {
        List<Row> rows = new ArrayList<>();
        for (DocumentText.TextPage page : text.pages()) {
            List<TextLine> positioned = new ArrayList<>();
            for (DocumentText.TextBlock block : page.blocks()) {
                if (block instanceof DocumentText.TextTable table) {
                    for (int i = 0; i < table.rows().size(); i++) {
                        rows.add(new Row(page.pageNumber(), table.rows().get(i),
                                table.sheetRows().isEmpty() ? 0 : table.sheetRows().get(i)));
                    }
                } else if (block instanceof TextLine line && line.box() == null) {
                    rows.add(new Row(page.pageNumber(), List.of(line)));
                } else if (block instanceof TextLine line) {
                    positioned.add(line);
                }
            }
            rows.addAll(group(page.pageNumber(), positioned));
        }
        return rows;
    }

    /**
     * Rows by vertical position: boxes are sorted by their centre's height once the page's skew is taken
     * out, and a box joins the current row when its centre lies within half a text height of the row's
     * first box. Within a row, cells are ordered by x.
     */
    static List<Row> group(int page, List<TextLine> lines) {
        double slope = skewSlope(lines);
        Comparator<TextLine> byHeight = Comparator.comparingDouble(l -> deskewedCentreY(l, slope));
        List<TextLine> sorted = new ArrayList<>(lines);
        sorted.sort(byHeight);
        List<Row> rows = new ArrayList<>();
        List<TextLine> current = new ArrayList<>();
        for (TextLine line : sorted) {
            if (!current.isEmpty()) {
                TextLine first = current.get(0);
                double distance = Math.abs(deskewedCentreY(line, slope) - deskewedCentreY(first, slope));
                if (distance > 0.5 * Math.min(first.box().height(), line.box().height())) {
                    rows.add(row(page, current));
                    current = new ArrayList<>();
                }
            }
            current.add(line);
        }
        if (!current.isEmpty()) {
            rows.add(row(page, current));
        }
        return rows;
    }

    /**
     * The page's skew as a slope (dy per dx), from each box and its nearest neighbour to the right on
     * roughly the same line (table cells, split names): the median of their centre slopes (one pair is
     * enough: a last list page may hold a single row), 0 without pairs, capped at 5° (beyond that the page needs deskewing before OCR).
     */
    static double skewSlope(List<TextLine> lines) {
        List<Double> slopes = new ArrayList<>();
        for (TextLine a : lines) {
            TextLine nearest = null;
            for (TextLine b : lines) {
                boolean rightOf = b.box().x() > a.box().x() + a.box().width();
                boolean sameLine = Math.abs(centreY(b) - centreY(a)) < 0.5 * Math.max(a.box().height(), b.box().height());
                if (rightOf && sameLine && (nearest == null || centreX(b) < centreX(nearest))) {
                    nearest = b;
                }
            }
            if (nearest != null) {
                slopes.add((centreY(nearest) - centreY(a)) / (centreX(nearest) - centreX(a)));
            }
        }
        if (slopes.isEmpty()) {
            return 0;
        }
        slopes.sort(Double::compare);
        double median = slopes.get(slopes.size() / 2);
        double max = Math.tan(Math.toRadians(5));
        return Math.max(-max, Math.min(max, median));
    }

    private static Row row(int page, List<TextLine> cells) {
        List<TextLine> ordered = new ArrayList<>(cells);
        ordered.sort(Comparator.comparingInt(l -> l.box().x()));
        return new Row(page, ordered);
    }

    private static double deskewedCentreY(TextLine l, double slope) {
        return centreY(l) - slope * centreX(l);
    }

    private static double centreY(TextLine l) {
        return l.box().y() + l.box().height() / 2.0;
    }

    private static double centreX(TextLine l) {
        return l.box().x() + l.box().width() / 2.0;
    }

    static Box union(List<Box> boxes) {
        int x1 = Integer.MAX_VALUE;
        int y1 = Integer.MAX_VALUE;
        int x2 = Integer.MIN_VALUE;
        int y2 = Integer.MIN_VALUE;
        for (Box b : boxes) {
            if (b == null) {
                continue;
            }
            x1 = Math.min(x1, b.x());
            y1 = Math.min(y1, b.y());
            x2 = Math.max(x2, b.x() + b.width());
            y2 = Math.max(y2, b.y() + b.height());
        }
        return x1 == Integer.MAX_VALUE ? null : new Box(x1, y1, x2 - x1, y2 - y1);
    }
}
