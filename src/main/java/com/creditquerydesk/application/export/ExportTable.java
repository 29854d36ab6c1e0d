package com.creditquerydesk.application.export;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A titled table ready to be written as XLSX or PDF: a title (the sheet's and the page's heading), an optional
 * subtitle (the centre's name, the period), the columns, the rows and notes printed under the table (the centre's
 * service phone, when the list was made). Every row has one cell per column.
 */
public record ExportTable(String title, Optional<String> subtitle, List<TableColumn> columns, List<List<TableCell>> rows,
                          List<String> notes, Orientation orientation) {

    /** How a PDF page holds the table; {@code AUTO} turns A4 to landscape for more than {@value #PORTRAIT_COLUMNS} columns. */
    public enum Orientation { AUTO, PORTRAIT, LANDSCAPE }

    static final int PORTRAIT_COLUMNS = 6;

    public ExportTable {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a table needs a title");
        }
        subtitle = Objects.requireNonNull(subtitle, "subtitle").filter(s -> !s.isBlank());
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        rows = rows.stream().map(List::copyOf).toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != columns.size()) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + rows.get(i).size() + " cells for "
                        + columns.size() + " columns");
            }
        }
        notes = List.copyOf(notes);
        Objects.requireNonNull(orientation, "orientation");
    }

    public ExportTable(String title, String subtitle, List<TableColumn> columns, List<List<TableCell>> rows) {
        this(title, Optional.ofNullable(subtitle), columns, rows, List.of(), Orientation.AUTO);
    }

    public ExportTable withNotes(List<String> notes) {
        return new ExportTable(title, subtitle, columns, rows, notes, orientation);
    }

    public ExportTable withOrientation(Orientation orientation) {
        return new ExportTable(title, subtitle, columns, rows, notes, orientation);
    }

    /** Whether the PDF sets this table on an A4 landscape page. */
    public boolean landscape() {
        return orientation == Orientation.LANDSCAPE
                || (orientation == Orientation.AUTO && columns.size() > PORTRAIT_COLUMNS);
    }
}
