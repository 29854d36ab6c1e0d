package com.creditquerydesk.application.extraction;

import com.creditquerydesk.domain.model.extraction.Box;
import com.creditquerydesk.domain.model.extraction.DocumentText;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextLine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a page's blocks into rows of cells in reading order. Known tables give their rows; lines without
 * a position (DOCX) are one-cell rows in order; positioned lines (PDF runs, OCR boxes) are grouped into
 * rows by vertical overlap and ordered by x, which rebuilds tables whose cells came as separate boxes.
 * Assumes a deskewed page (axis-aligned rows).
 */
final class LayoutRows {

    /** A row of cells on a page (1-based). */
    record Row(int page, List<TextLine> cells, boolean fromTable) {

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
                    table.rows().forEach(r -> rows.add(new Row(page.pageNumber(), r, true)));
                } else if (block instanceof TextLine line && line.box() == null) {
                    rows.add(new Row(page.pageNumber(), List.of(line), false));
                } else if (block instanceof TextLine line) {
                    positioned.add(line);
                }
            }
            rows.addAll(group(page.pageNumber(), positioned));
        }
        return rows;
    }

    /**
     * Rows by vertical overlap: sorted by vertical centre, a box joins the current row when its centre lies
     * inside the row's first box and the two overlap by at least half the smaller height.
     */
    static List<Row> group(int page, List<TextLine> lines) {
        List<TextLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(LayoutRows::centreY));
        List<Row> rows = new ArrayList<>();
        List<TextLine> current = new ArrayList<>();
        for (TextLine line : sorted) {
            if (!current.isEmpty() && !sameRow(current.get(0).box(), line.box())) {
                rows.add(row(page, current));
                current = new ArrayList<>();
            }
            current.add(line);
        }
        if (!current.isEmpty()) {
            rows.add(row(page, current));
        }
        return rows;
    }

    private static Row row(int page, List<TextLine> cells) {
        List<TextLine> ordered = new ArrayList<>(cells);
        ordered.sort(Comparator.comparingInt(l -> l.box().x()));
        return new Row(page, ordered, false);
    }

    private static boolean sameRow(Box a, Box b) {
        double centre = b.y() + b.height() / 2.0;
        int overlap = Math.min(a.y() + a.height(), b.y() + b.height()) - Math.max(a.y(), b.y());
        return centre >= a.y() && centre <= a.y() + a.height() && overlap >= 0.5 * Math.min(a.height(), b.height());
    }

    private static double centreY(TextLine l) {
        return l.box().y() + l.box().height() / 2.0;
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
