package com.creditquerydesk.application.export;

import java.util.List;

/**
 * Writes titled tables as documents (implemented in the infrastructure with POI and iText). Several tables make
 * one workbook with a sheet each, or one PDF with the tables one after the other (a table that needs the other
 * orientation starts a new page).
 */
public interface TableExporter {

    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    String PDF = "application/pdf";

    byte[] xlsx(List<ExportTable> tables);

    byte[] pdf(List<ExportTable> tables);

    default byte[] xlsx(ExportTable table) {
        return xlsx(List.of(table));
    }

    default byte[] pdf(ExportTable table) {
        return pdf(List.of(table));
    }
}
