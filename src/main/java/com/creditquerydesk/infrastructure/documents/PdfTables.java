package com.creditquerydesk.infrastructure.documents;

import com.creditquerydesk.application.export.ExportTable;
import com.creditquerydesk.application.export.TableCell;
import com.creditquerydesk.application.export.TableColumn;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Titled tables as a PDF on A4 (landscape for wide tables, {@link ExportTable#landscape()}): the title in 黑体, the
 * subtitle, the table with its header row repeated on every page, numbers right-aligned, the notes under it and
 * 第 N 页 共 M 页 at the foot of every page. Set in the reply's fonts (宋体 with the CJK fallback), so every Chinese
 * character prints.
 */
final class PdfTables {

    private static final float MM = 72f / 25.4f;
    private static final float MARGIN = 15 * MM;
    private static final float BODY = 9.5f;

    private final ReplyFonts fonts;

    PdfTables(ReplyFonts fonts) {
        this.fonts = fonts;
    }

    byte[] write(List<ExportTable> tables) {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("nothing to write");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfDocument pdf = new PdfDocument(new PdfWriter(out));
        pdf.getDocumentInfo().setTitle(tables.get(0).title());
        PageSize first = pageSize(tables.get(0));
        Document doc = new Document(pdf, first, false);
        doc.setMargins(MARGIN, MARGIN, MARGIN + 5 * MM, MARGIN);
        doc.setFontProvider(fonts.newProvider());
        doc.setFontFamily(ReplyFonts.SONG, ReplyFonts.FALLBACK);
        doc.setFontSize(BODY);
        PageSize current = first;
        for (int i = 0; i < tables.size(); i++) {
            ExportTable table = tables.get(i);
            PageSize size = pageSize(table);
            if (i > 0) {
                if (size.equals(current)) {
                    doc.add(new Paragraph().setMarginTop(6 * MM));
                } else {
                    doc.add(new AreaBreak(size));
                    current = size;
                }
            }
            add(doc, table);
        }
        int pages = pdf.getNumberOfPages();
        for (int p = 1; p <= pages; p++) {
            PageSize page = new PageSize(pdf.getPage(p).getPageSize());
            doc.showTextAligned(new Paragraph("第 " + p + " 页 共 " + pages + " 页").setFontSize(8),
                    page.getWidth() / 2, MARGIN / 2 + 2 * MM, p, TextAlignment.CENTER, VerticalAlignment.BOTTOM, 0);
        }
        doc.close();
        return out.toByteArray();
    }

    private static PageSize pageSize(ExportTable table) {
        return table.landscape() ? PageSize.A4.rotate() : PageSize.A4;
    }

    private void add(Document doc, ExportTable table) {
        doc.add(new Paragraph(table.title()).setFontFamily(ReplyFonts.HEI, ReplyFonts.FALLBACK).setFontSize(16)
                .setTextAlignment(TextAlignment.CENTER).setMarginBottom(table.subtitle().isPresent() ? 2 : 6));
        table.subtitle().ifPresent(s -> doc.add(new Paragraph(s).setFontSize(10.5f)
                .setTextAlignment(TextAlignment.CENTER).setMarginBottom(6)));
        float[] weights = new float[table.columns().size()];
        for (int c = 0; c < weights.length; c++) {
            weights[c] = table.columns().get(c).weight();
        }
        Table grid = new Table(UnitValue.createPercentArray(weights)).useAllAvailableWidth();
        for (TableColumn column : table.columns()) {
            grid.addHeaderCell(new Cell().add(new Paragraph(column.header()))
                    .setFontFamily(ReplyFonts.HEI, ReplyFonts.FALLBACK).setBackgroundColor(new DeviceGray(0.88f))
                    .setTextAlignment(TextAlignment.CENTER).setVerticalAlignment(VerticalAlignment.MIDDLE)
                    .setPadding(3));
        }
        for (List<TableCell> row : table.rows()) {
            for (TableCell value : row) {
                grid.addCell(new Cell().add(new Paragraph(value.display())).setPadding(3)
                        .setVerticalAlignment(VerticalAlignment.MIDDLE)
                        .setTextAlignment(numeric(value) ? TextAlignment.RIGHT : TextAlignment.LEFT));
            }
        }
        doc.add(grid);
        for (String note : table.notes()) {
            doc.add(new Paragraph(note).setFontSize(9).setMarginTop(3).setMarginBottom(0));
        }
    }

    private static boolean numeric(TableCell value) {
        return value instanceof TableCell.Count || value instanceof TableCell.Decimal
                || value instanceof TableCell.Percent;
    }
}
