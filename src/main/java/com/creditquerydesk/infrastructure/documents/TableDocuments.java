package com.creditquerydesk.infrastructure.documents;

import com.creditquerydesk.application.export.ExportTable;
import com.creditquerydesk.application.export.TableExporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** The table exporter: XLSX by POI ({@link XlsxTables}), PDF by iText in the reply's fonts ({@link PdfTables}). */
@ApplicationScoped
public class TableDocuments implements TableExporter {

    @Inject
    DocumentFonts fonts;

    @Override
    public byte[] xlsx(List<ExportTable> tables) {
        return XlsxTables.write(tables);
    }

    @Override
    public byte[] pdf(List<ExportTable> tables) {
        return new PdfTables(fonts.fonts()).write(tables);
    }
}
