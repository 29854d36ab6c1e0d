package com.creditquerydesk.infrastructure.extraction;

import com.creditquerydesk.domain.model.extraction.DocumentText;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextBlock;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextLine;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextPage;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextTable;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.LittleEndian;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Word 97–2003 binary letter (.doc, and WPS Office's .wps, which is the same format) into {@link DocumentText}
 * with POI's HWPF: the main document's text in order, paragraphs as lines and tables as rows of cells. A table is
 * in the text itself: each cell ends with the cell mark (0x07) and each row with one more (the row mark), so rows
 * and cells are known without the formatting tables; a cell's own paragraph breaks become spaces. Page breaks
 * (0x0C) and section breaks start a new page, as in a DOCX (Word's own pagination is not in the file). Fields keep
 * their result, not their code. What HWPF cannot read is refused (docs/rules.md#R36).
 */
public final class WordBinaryTextReader {

    private static final char CELL = '\u0007';
    private static final char PARAGRAPH = '\r';
    private static final char PAGE = '\u000C';
    private static final char FIELD_START = '\u0013';
    private static final char FIELD_SEPARATOR = '\u0014';
    private static final char FIELD_END = '\u0015';

    public DocumentText read(byte[] content) {
        return parse(mainText(content));
    }

    /** The main document's text as HWPF gives it, control marks included. */
    static String mainText(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            // FibBase.fEncrypted (MS-DOC 2.5.2): told from the flag, whatever encryption the file then uses.
            byte[] fibBase = new byte[12];
            try (DocumentInputStream in = fs.createDocumentInputStream("WordDocument")) {
                in.readFully(fibBase);
            }
            if ((LittleEndian.getUShort(fibBase, 10) & 0x0100) != 0) {
                throw encrypted();
            }
            try (HWPFDocument doc = new HWPFDocument(fs)) {
                return doc.getRange().text();
            }
        } catch (EncryptedDocumentException e) {
            throw encrypted();
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw unreadable(e);
        }
    }

    private static DomainException encrypted() {
        return new DomainException(Kind.UNPROCESSABLE, "DOC_ENCRYPTED", "Word 文档已加密，请上传未加密的文件",
                "the Word document is encrypted; upload an unencrypted file");
    }

    private static DomainException unreadable(Exception e) {
        return new DomainException(Kind.UNPROCESSABLE, "DOC_UNREADABLE",
                "无法读取该 Word 97–2003 / WPS 文档（可能是更早的 WPS 格式或文件已损坏）；请在 WPS 或 Word 中另存为 DOCX 或 PDF 后上传",
                "the Word 97–2003 / WPS document cannot be read (an older WPS format, or a damaged file: "
                        + e.getClass().getSimpleName() + "); save it as DOCX or PDF in WPS or Word and upload that");
    }

    /** Lines, table rows and pages from the text's marks. */
    static DocumentText parse(String text) {
        Collector c = new Collector();
        StringBuilder current = new StringBuilder();
        int fieldDepth = 0;
        boolean inFieldCode = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case FIELD_START -> {
                    fieldDepth++;
                    inFieldCode = true;
                }
                case FIELD_SEPARATOR -> inFieldCode = false;
                case FIELD_END -> {
                    fieldDepth = Math.max(0, fieldDepth - 1);
                    inFieldCode = false;
                }
                case CELL -> c.cellMark(current);
                case PARAGRAPH -> c.paragraphMark(current, cellMarkBeforeParagraph(text, i + 1));
                case PAGE -> {
                    c.paragraphMark(current, false);
                    c.newPage();
                }
                default -> {
                    if (!(inFieldCode && fieldDepth > 0)) {
                        current.append(ch == '\u000B' || ch == '\t' ? ' ' : ch);
                    }
                }
            }
        }
        c.paragraphMark(current, false);
        c.endTable();
        c.newPage();
        return new DocumentText(DocumentText.Source.DOC, c.pages);
    }

    /**
     * Rows from the marks. A cell mark right after another, with no text between, ends the row, except that once the
     * table's first row has given its width, a row ends after that many cells (an empty cell is also two marks in a
     * row). A paragraph break inside a cell joins the cell; only in the table's very first cell can it not be told from
     * a paragraph above the table, and is read as a line (the formatting that would say so is not used).
     */
    /** Whether the next mark from {@code from} on ends a cell rather than a paragraph or page. */
    private static boolean cellMarkBeforeParagraph(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == CELL) {
                return true;
            }
            if (ch == PARAGRAPH || ch == PAGE) {
                return false;
            }
        }
        return false;
    }

    private static final class Collector {
        private final List<TextPage> pages = new ArrayList<>();
        private List<TextBlock> blocks = new ArrayList<>();
        private List<List<TextLine>> rows = new ArrayList<>();
        private List<TextLine> cells = new ArrayList<>();
        private final StringBuilder cell = new StringBuilder();
        private boolean afterCellMark;
        private int width = -1;

        void cellMark(StringBuilder current) {
            addToCell(current);
            boolean empty = cell.isEmpty();
            boolean rowEnd = width < 0 ? empty && afterCellMark : cells.size() == width && empty;
            if (rowEnd) {
                width = width < 0 ? cells.size() : width;
                rows.add(cells);
                cells = new ArrayList<>();
                afterCellMark = false;
            } else {
                cells.add(new TextLine(cell.toString(), null, 1.0));
                afterCellMark = true;
            }
            cell.setLength(0);
        }

        /** @param cellFollows whether the next mark is a cell's: between two rows, this paragraph is in a cell */
        void paragraphMark(StringBuilder current, boolean cellFollows) {
            if (!cells.isEmpty() || (!rows.isEmpty() && cellFollows)) {
                addToCell(current); // a paragraph inside a cell
                afterCellMark = false;
                return;
            }
            endTable();
            String s = current.toString().strip();
            if (!s.isEmpty()) {
                blocks.add(new TextLine(s, null, 1.0));
            }
            current.setLength(0);
        }

        private void addToCell(StringBuilder current) {
            String t = current.toString().strip();
            if (!t.isEmpty()) {
                cell.append(cell.isEmpty() ? "" : " ").append(t);
            }
            current.setLength(0);
        }

        void endTable() {
            if (!cells.isEmpty()) {
                rows.add(cells);
                cells = new ArrayList<>();
            }
            if (!rows.isEmpty()) {
                blocks.add(new TextTable(rows));
                rows = new ArrayList<>();
            }
            width = -1;
            afterCellMark = false;
        }

        void newPage() {
            endTable();
            if (!blocks.isEmpty() || pages.isEmpty()) {
                pages.add(new TextPage(pages.size() + 1, 0, 0, blocks, false));
            }
            blocks = new ArrayList<>();
        }
    }
}
