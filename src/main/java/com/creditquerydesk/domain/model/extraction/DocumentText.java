package com.creditquerydesk.domain.model.extraction;

import java.util.List;

/**
 * The text of a received letter in reading order, whatever it came from (DOCX structure, a PDF text
 * layer, or OCR). Pages hold blocks: lines, and tables whose rows of cells are known from the source.
 * A DOCX line has no box; PDF and OCR lines carry their box in page units (points or pixels).
 */
public record DocumentText(Source source, List<TextPage> pages) {

    public enum Source { DOCX, DOC, PDF_TEXT, OFD_TEXT, OCR, SPREADSHEET }

    public DocumentText {
        pages = List.copyOf(pages);
    }

    /** True when at least one page has no usable text layer and must go through OCR. */
    public boolean needsOcr() {
        return pages.stream().anyMatch(TextPage::needsOcr);
    }

    /** @param pageNumber 1-based; {@code needsOcr} marks a page whose text layer is missing or garbage */
    public record TextPage(int pageNumber, int width, int height, List<TextBlock> blocks, boolean needsOcr) {
        public TextPage {
            blocks = List.copyOf(blocks);
        }
    }

    public sealed interface TextBlock permits TextLine, TextTable {
    }

    /** @param box null when the source has no positions (DOCX) */
    public record TextLine(String text, Box box, double confidence) implements TextBlock {
    }

    /**
     * Rows of cells, as the source's table structure gives them. {@code sheetRows} holds, for a spreadsheet, each
     * row's number as the spreadsheet shows it (1-based), so the clerk can find a row in the file; empty otherwise.
     */
    public record TextTable(List<List<TextLine>> rows, List<Integer> sheetRows) implements TextBlock {
        public TextTable {
            rows = rows.stream().map(List::copyOf).toList();
            sheetRows = List.copyOf(sheetRows);
            if (!sheetRows.isEmpty() && sheetRows.size() != rows.size()) {
                throw new IllegalArgumentException("one sheet row number per row");
            }
        }

        public TextTable(List<List<TextLine>> rows) {
            this(rows, List.of());
        }
    }
}
