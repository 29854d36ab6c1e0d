package com.creditquerydesk.infrastructure.extraction;

import com.creditquerydesk.domain.model.reading.SheetList.Sheet;
import com.creditquerydesk.domain.model.reading.SheetList.SheetRow;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import com.creditquerydesk.infrastructure.register.CsvRecordReader;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads a spreadsheet's sheets into rows of cell texts, as a clerk would see them: XLSX with POI's SAX event API and
 * XLS with its record events (neither holds the workbook's objects in memory), CSV in UTF-8 or GB18030 told apart
 * by decoding. A merged cell's text is repeated over its region (headers merged over two rows or columns). Budgets:
 * at most {@link #MAX_ROWS} rows in a file counting empty ones, {@link #MAX_LIST_ROWS} rows with text, the first
 * {@link #MAX_COLUMNS} columns (docs/rules.md#R35, README "What intake refuses").
 */
public final class SpreadsheetReader {

    /** Rows a file may have, empty ones included: a sheet's rows of one letter's list are a few hundred. */
    public static final int MAX_ROWS = 65_536;
    public static final int MAX_LIST_ROWS = 10_000;
    /** Columns read from each row; a list's columns (序号 姓名 性别 身份证号码 单位 职位 …) are far fewer. */
    public static final int MAX_COLUMNS = 64;

    public enum Format { XLSX, XLS, CSV }

    private SpreadsheetReader() {
    }

    /** The sheets, in the file's order (a CSV is one sheet). */
    public static List<Sheet> read(byte[] content, Format format) {
        try {
            return switch (format) {
                case XLSX -> xlsx(content);
                case XLS -> xls(content);
                case CSV -> csv(content);
            };
        } catch (EncryptedDocumentException e) {
            throw new DomainException(Kind.UNPROCESSABLE, "SPREADSHEET_ENCRYPTED", "表格文件已加密，请上传未加密的文件",
                    "the spreadsheet is encrypted; upload an unencrypted file");
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            if (e.getCause() instanceof DomainException d) {
                throw d;
            }
            throw new DomainException(Kind.UNPROCESSABLE, "FILE_CORRUPT", "表格文件已损坏，无法读取",
                    "the spreadsheet is corrupt and cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static List<Sheet> xlsx(byte[] content) throws IOException, OpenXML4JException, SAXException,
            ParserConfigurationException {
        List<Sheet> sheets = new ArrayList<>();
        Counter rows = new Counter();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream sheet = it.next()) {
                    Grid grid = new Grid(rows);
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new MergeAwareHandler(reader.getStylesTable(), strings, grid));
                    parser.parse(new InputSource(sheet));
                    sheets.add(grid.sheet(sheets.size() + 1, it.getSheetName()));
                }
            }
        }
        return sheets;
    }

    /** POI's sheet handler, also reading the merged regions (mergeCell, after the sheet's data). */
    private static final class MergeAwareHandler extends XSSFSheetXMLHandler {
        private final Grid grid;

        MergeAwareHandler(org.apache.poi.xssf.model.StylesTable styles, ReadOnlySharedStringsTable strings, Grid grid) {
            super(styles, null, strings, new XSSFSheetXMLHandler.SheetContentsHandler() {
                private int row;

                @Override
                public void startRow(int rowNum) {
                    row = rowNum;
                    grid.startRow();
                }

                @Override
                public void endRow(int rowNum) {
                }

                @Override
                public void cell(String ref, String value, XSSFComment comment) {
                    if (ref != null) {
                        grid.put(row, new CellReference(ref).getCol(), value);
                    }
                }
            }, new PlainNumbers(), false);
            this.grid = grid;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if ("mergeCell".equals(localName) && attributes.getValue("ref") != null) {
                grid.merge(CellRangeAddress.valueOf(attributes.getValue("ref")));
            }
            super.startElement(uri, localName, qName, attributes);
        }
    }

    /** Numbers as they were typed: an ID stored as a number shows its digits, not 1.10105E+17. */
    private static final class PlainNumbers extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatString == null || "General".equalsIgnoreCase(formatString) ? plain(value)
                    : super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    /** As Excel shows a number: 15 significant digits (an 18-digit ID typed as a number has lost its last 3). */
    static String plain(double value) {
        return new BigDecimal(value).round(new MathContext(15)).stripTrailingZeros().toPlainString();
    }

    private static List<Sheet> xls(byte[] content) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            XlsListener listener = new XlsListener();
            HSSFRequest request = new HSSFRequest();
            request.addListenerForAllRecords(listener);
            new HSSFEventFactory().processWorkbookEvents(request, fs);
            return listener.sheets;
        }
    }

    /** Follows the workbook's record stream: sheet names first, then each sheet's cells and merged regions. */
    private static final class XlsListener implements HSSFListener {
        private final List<String> names = new ArrayList<>();
        private final List<Sheet> sheets = new ArrayList<>();
        private final Counter rows = new Counter();
        private SSTRecord strings;
        private Grid grid;
        private int formulaRow = -1;
        private int formulaColumn;
        private int lastRow = -1;

        @Override
        public void processRecord(Record r) {
            if (r instanceof BoundSheetRecord b) {
                names.add(b.getSheetname());
            } else if (r instanceof BOFRecord bof && bof.getType() == BOFRecord.TYPE_WORKSHEET) {
                grid = new Grid(rows);
                lastRow = -1;
            } else if (r instanceof EOFRecord && grid != null) {
                int n = sheets.size();
                sheets.add(grid.sheet(n + 1, n < names.size() ? names.get(n) : "Sheet" + (n + 1)));
                grid = null;
            } else if (r instanceof SSTRecord sst) {
                strings = sst;
            } else if (grid != null) {
                cell(r);
            }
        }

        private void cell(Record r) {
            if (r instanceof LabelSSTRecord l && strings != null) {
                put(l.getRow(), l.getColumn(), strings.getString(l.getSSTIndex()).getString());
            } else if (r instanceof LabelRecord l) {
                put(l.getRow(), l.getColumn(), l.getValue());
            } else if (r instanceof NumberRecord n) {
                put(n.getRow(), n.getColumn(), plain(n.getValue()));
            } else if (r instanceof BoolErrRecord b && b.isBoolean()) {
                put(b.getRow(), b.getColumn(), b.getBooleanValue() ? "TRUE" : "FALSE");
            } else if (r instanceof FormulaRecord f) {
                if (f.getCachedResultTypeEnum() == CellType.STRING) {
                    formulaRow = f.getRow(); // the text follows in a StringRecord
                    formulaColumn = f.getColumn();
                } else if (f.getCachedResultTypeEnum() == CellType.NUMERIC) {
                    put(f.getRow(), f.getColumn(), plain(f.getValue()));
                }
            } else if (r instanceof StringRecord s && formulaRow >= 0) {
                put(formulaRow, formulaColumn, s.getString());
                formulaRow = -1;
            } else if (r instanceof MergeCellsRecord m) {
                for (int i = 0; i < m.getNumAreas(); i++) {
                    grid.merge(m.getAreaAt(i));
                }
            }
        }

        private void put(int row, int column, String value) {
            if (row != lastRow) {
                grid.startRow();
                lastRow = row;
            }
            grid.put(row, column, value);
        }
    }

    private static List<Sheet> csv(byte[] content) throws IOException {
        String text = decode(content);
        CsvRecordReader reader = new CsvRecordReader(new StringReader(text));
        Grid grid = new Grid(new Counter());
        int row = 0;
        for (List<String> cells = reader.next(); cells != null; cells = reader.next()) {
            grid.startRow();
            for (int c = 0; c < cells.size(); c++) {
                grid.put(row, c, cells.get(c));
            }
            row++;
        }
        return List.of(grid.sheet(1, "CSV"));
    }

    /**
     * UTF-8 when it decodes as such (with or without a byte order mark), else GB18030 (what Excel and WPS write on
     * Chinese Windows) when that decodes; text with NUL or other control characters is neither (UTF-16, binary).
     */
    public static Optional<String> text(byte[] content) {
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            try {
                String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
                if (text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\r' && c != '\n')) {
                    return Optional.of(text);
                }
            } catch (CharacterCodingException e) {
                // not this one
            }
        }
        return Optional.empty();
    }

    private static String decode(byte[] content) {
        return text(content).orElseThrow(() -> new DomainException(Kind.UNSUPPORTED, "CSV_ENCODING_UNKNOWN",
                "CSV 文件的编码无法识别：只接收 UTF-8 或 GB18030（GBK）编码的 CSV，请另存为其中一种后上传",
                "the CSV file's encoding is not recognised: only UTF-8 or GB18030 (GBK) CSV is accepted; save it in "
                        + "one of them"));
    }

    /** Rows counted over the whole file, empty ones included. */
    private static final class Counter {
        private int rows;
        private int withText;

        void row() {
            if (++rows > MAX_ROWS) {
                throw tooManyRows("超过 " + MAX_ROWS + " 行（含空行）", "more than " + MAX_ROWS + " rows, empty ones included");
            }
        }

        void text() {
            if (++withText > MAX_LIST_ROWS) {
                throw tooManyRows("超过 " + MAX_LIST_ROWS + " 行有内容", "more than " + MAX_LIST_ROWS + " rows with text");
            }
        }

        private static DomainException tooManyRows(String zh, String en) {
            return new DomainException(Kind.TOO_LARGE, "SPREADSHEET_TOO_MANY_ROWS",
                    "表格行数过多（" + zh + "），不像一封来函的查询对象名单；请删除多余的空行或拆分后上传",
                    "the spreadsheet has too many rows (" + en + ") for one letter's candidate list; delete the empty "
                            + "rows or split it");
        }
    }

    /** One sheet's cells by row and column (0-based), the rows with text only, and its merged regions. */
    private static final class Grid {
        private final Counter counter;
        private final TreeMap<Integer, TreeMap<Integer, String>> cells = new TreeMap<>();
        private final List<CellRangeAddress> merged = new ArrayList<>();

        Grid(Counter counter) {
            this.counter = counter;
        }

        void startRow() {
            counter.row();
        }

        void put(int row, int column, String value) {
            if (column >= MAX_COLUMNS || value == null || value.isBlank()) {
                return;
            }
            TreeMap<Integer, String> r = cells.get(row);
            if (r == null) {
                counter.text();
                r = new TreeMap<>();
                cells.put(row, r);
            }
            r.put(column, value.strip());
        }

        void merge(CellRangeAddress region) {
            if (merged.size() < MAX_LIST_ROWS) {
                merged.add(region);
            }
        }

        /** The region's first cell's text over the rest of it, in the rows that have text (a bounded region). */
        Sheet sheet(int number, String name) {
            for (CellRangeAddress m : merged) {
                TreeMap<Integer, String> top = cells.get(m.getFirstRow());
                String text = top == null ? null : top.get(m.getFirstColumn());
                if (text == null) {
                    continue;
                }
                for (TreeMap<Integer, String> r : cells.subMap(m.getFirstRow(), true, m.getLastRow(), true).values()) {
                    for (int c = m.getFirstColumn(); c <= Math.min(m.getLastColumn(), MAX_COLUMNS - 1); c++) {
                        r.putIfAbsent(c, text);
                    }
                }
            }
            List<SheetRow> rows = new ArrayList<>();
            for (Map.Entry<Integer, TreeMap<Integer, String>> e : cells.entrySet()) {
                List<String> texts = new ArrayList<>();
                for (Map.Entry<Integer, String> c : e.getValue().entrySet()) {
                    while (texts.size() < c.getKey()) {
                        texts.add("");
                    }
                    texts.add(c.getValue());
                }
                rows.add(new SheetRow(e.getKey() + 1, texts));
            }
            return new Sheet(number, name, rows);
        }
    }
}
