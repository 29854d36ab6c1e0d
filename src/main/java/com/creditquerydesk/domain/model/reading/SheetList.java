package com.creditquerydesk.domain.model.reading;

import com.creditquerydesk.domain.model.extraction.DocumentText;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextLine;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextTable;
import com.creditquerydesk.domain.shared.DomainException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A candidate list that arrived as a spreadsheet (XLSX, XLS or CSV; docs/rules.md#R35): every sheet whose first
 * {@link #HEADER_SEARCH_ROWS} rows hold a header with 姓名 and an ID column (身份证号码, 身份证号, 证件号码, …) gives its
 * rows, in order, as one table whose rows keep the spreadsheet's row numbers; other sheets (notes, instructions)
 * are left out. The rows are then read like a DOCX table: the same header rules, ID checks and proposed repairs.
 */
public final class SheetList {

    /** Rows (not empty) of a sheet searched for the header: a title and a note or two may stand above it. */
    public static final int HEADER_SEARCH_ROWS = 20;

    /** A sheet: its number (1-based, in the file's order), its name, and its rows that are not empty. */
    public record Sheet(int number, String name, List<SheetRow> rows) {
        public Sheet {
            rows = List.copyOf(rows);
        }
    }

    /** One row: its number as the spreadsheet shows it (1-based) and its cells' texts from column A on. */
    public record SheetRow(int number, List<String> cells) {
        public SheetRow {
            if (number < 1) {
                throw new IllegalArgumentException("row " + number);
            }
            cells = List.copyOf(cells);
        }
    }

    private SheetList() {
    }

    /**
     * The list's text, one page per sheet that holds a list.
     *
     * @throws DomainException SPREADSHEET_NO_ID_COLUMN when no sheet has a header with 姓名 and an ID column
     */
    public static DocumentText of(List<Sheet> sheets) {
        List<DocumentText.TextPage> pages = new ArrayList<>();
        for (Sheet sheet : sheets) {
            if (hasHeader(sheet)) {
                pages.add(page(sheet));
            }
        }
        if (pages.isEmpty()) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "SPREADSHEET_NO_ID_COLUMN",
                    "表格中找不到查询对象名单：须有一行表头同时含“姓名”和“身份证号码”（或“证件号码”“身份证号”）列",
                    "the spreadsheet holds no candidate list: a header row needs both a 姓名 (name) column and a "
                            + "身份证号码 (ID number; or 证件号码, 身份证号) column");
        }
        return new DocumentText(DocumentText.Source.SPREADSHEET, pages);
    }

    private static boolean hasHeader(Sheet sheet) {
        int width = width(sheet);
        return sheet.rows().stream().limit(HEADER_SEARCH_ROWS)
                .anyMatch(r -> CandidateList.isHeader(new LayoutRows.Row(sheet.number(), cells(r, width), r.number())));
    }

    /** Every row padded to the sheet's width, so that a cell's index is its column as in the header. */
    private static DocumentText.TextPage page(Sheet sheet) {
        int width = width(sheet);
        List<List<TextLine>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (SheetRow r : sheet.rows()) {
            rows.add(cells(r, width));
            numbers.add(r.number());
        }
        return new DocumentText.TextPage(sheet.number(), 0, 0, List.of(new TextTable(rows, numbers)), false);
    }

    private static int width(Sheet sheet) {
        return sheet.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    }

    private static List<TextLine> cells(SheetRow row, int width) {
        List<TextLine> cells = new ArrayList<>(width);
        for (String c : row.cells()) {
            cells.add(new TextLine(c == null ? "" : c.strip(), null, 1.0));
        }
        cells.addAll(Collections.nCopies(width - cells.size(), new TextLine("", null, 1.0)));
        return cells;
    }
}
