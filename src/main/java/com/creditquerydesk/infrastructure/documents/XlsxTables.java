package com.creditquerydesk.infrastructure.documents;

import com.creditquerydesk.application.export.ExportTable;
import com.creditquerydesk.application.export.TableCell;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Titled tables as an XLSX workbook, one sheet per table (POI's streaming workbook, a window of 200 rows): the
 * title and subtitle merged over the columns, the header row bold on grey and frozen, numbers, percentages and
 * dates as typed cells with their formats, the notes under the table; printed A4 (landscape for wide tables),
 * one page wide, the header repeated on every page.
 */
final class XlsxTables {

    private static final int MAX_COLUMN_CHARS = 60;

    private XlsxTables() {
    }

    static byte[] write(List<ExportTable> tables) {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("nothing to write");
        }
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try {
            Styles styles = new Styles(book);
            Set<String> names = new HashSet<>();
            for (ExportTable table : tables) {
                sheet(book, styles, table, uniqueName(table.title(), names));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.dispose();
            try {
                book.close();
            } catch (IOException ignored) {
                // the bytes are written; closing a streaming workbook only releases its temporary files
            }
        }
    }

    private static void sheet(SXSSFWorkbook book, Styles styles, ExportTable table, String name) {
        SXSSFSheet sheet = book.createSheet(name);
        int columns = table.columns().size();
        int[] widths = new int[columns];
        int r = 0;
        r = heading(sheet, styles.title, table.title(), r, columns);
        if (table.subtitle().isPresent()) {
            r = heading(sheet, styles.subtitle, table.subtitle().get(), r, columns);
        }
        int headerRow = r;
        Row header = sheet.createRow(r++);
        for (int c = 0; c < columns; c++) {
            String text = table.columns().get(c).header();
            Cell cell = header.createCell(c);
            cell.setCellValue(text);
            cell.setCellStyle(styles.header);
            widths[c] = Math.max(widths[c], displayWidth(text));
        }
        for (List<TableCell> cells : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < columns; c++) {
                TableCell value = cells.get(c);
                put(row.createCell(c), value, styles);
                widths[c] = Math.max(widths[c], displayWidth(value.display()));
            }
        }
        for (String note : table.notes()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(note);
        }
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, (Math.min(widths[c], MAX_COLUMN_CHARS) + 2) * 256);
        }
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, columns - 1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(table.landscape());
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    private static int heading(SXSSFSheet sheet, CellStyle style, String text, int r, int columns) {
        Row row = sheet.createRow(r);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
        }
        return r + 1;
    }

    private static void put(Cell cell, TableCell value, Styles styles) {
        if (value instanceof TableCell.Text t) {
            cell.setCellValue(t.value());
            cell.setCellStyle(styles.text);
        } else if (value instanceof TableCell.Count n) {
            cell.setCellValue(n.value());
            cell.setCellStyle(styles.format("0"));
        } else if (value instanceof TableCell.Decimal d) {
            cell.setCellValue(d.value().doubleValue());
            int scale = Math.max(0, d.value().scale());
            cell.setCellStyle(styles.format(scale == 0 ? "0" : "0." + "0".repeat(scale)));
        } else if (value instanceof TableCell.Percent p) {
            cell.setCellValue(p.ratio());
            cell.setCellStyle(styles.format(p.decimals() == 0 ? "0%" : "0." + "0".repeat(p.decimals()) + "%"));
        } else if (value instanceof TableCell.Day d) {
            cell.setCellValue(d.value());
            cell.setCellStyle(styles.format("yyyy-mm-dd"));
        } else if (value instanceof TableCell.Moment m) {
            cell.setCellValue(m.value());
            cell.setCellStyle(styles.format("yyyy-mm-dd hh:mm"));
        } else {
            cell.setCellStyle(styles.text);
        }
    }

    /** Columns are sized in characters; a Chinese character takes two. */
    static int displayWidth(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += cp < 0x1100 ? 1 : 2;
            i += Character.charCount(cp);
        }
        return w;
    }

    /** Sheet names: at most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
    static String uniqueName(String title, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(title);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase()); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    private static final class Styles {
        private final SXSSFWorkbook book;
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle header;
        final CellStyle text;
        private final Map<String, CellStyle> formats = new HashMap<>();

        Styles(SXSSFWorkbook book) {
            this.book = book;
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = book.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            subtitle = book.createCellStyle();
            subtitle.setAlignment(HorizontalAlignment.CENTER);
            Font bold = book.createFont();
            bold.setBold(true);
            header = bordered();
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered();
            text.setWrapText(true);
        }

        CellStyle format(String pattern) {
            return formats.computeIfAbsent(pattern, p -> {
                CellStyle style = bordered();
                style.setDataFormat(book.createDataFormat().getFormat(p));
                return style;
            });
        }

        private CellStyle bordered() {
            CellStyle style = book.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }
    }
}
