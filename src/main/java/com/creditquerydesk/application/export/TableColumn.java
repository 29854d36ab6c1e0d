package com.creditquerydesk.application.export;

/**
 * A column of an {@link ExportTable}: its header and its width relative to the others (the PDF shares the page's
 * width by these weights, the spreadsheet sizes its columns by them and by their contents).
 */
public record TableColumn(String header, float weight) {

    public TableColumn {
        if (header == null || header.isBlank()) {
            throw new IllegalArgumentException("a column needs a header");
        }
        if (!(weight > 0)) {
            throw new IllegalArgumentException("a column's weight is positive");
        }
    }

    public static TableColumn of(String header) {
        return new TableColumn(header, 1);
    }

    public static TableColumn of(String header, float weight) {
        return new TableColumn(header, weight);
    }
}
