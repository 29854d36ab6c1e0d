package com.creditquerydesk.infrastructure.register;

import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The rows of an XLSX file's first sheet, read with POI's SAX event API so the sheet is never held in memory; the
 * cells of one row at a time (gaps filled with empty strings). Row numbers are the spreadsheet's. The file must be
 * on disk: OPC needs random access (opening from a stream would buffer the whole zip).
 */
public final class XlsxRows {

    /** Receives one row; may throw {@link Stop} to end the reading early. */
    @FunctionalInterface
    public interface RowConsumer {
        void row(long rowNumber, List<String> cells);
    }

    /** Thrown by a consumer that has read enough (e.g. the header); the reading ends without error. */
    public static final class Stop extends RuntimeException {
        public Stop() {
            super(null, null, false, false);
        }
    }

    /** The shared-strings table exceeded its bound (a list's strings are small; a "bomb" is not). */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("shared strings beyond the bound");
        }
    }

    private XlsxRows() {
    }

    /**
     * @param withStyles         read the styles (needed to tell date cells) or not
     * @param maxSharedStringsBytes the most bytes of uncompressed shared-strings XML read into memory, or
     *                              {@code Long.MAX_VALUE}; beyond it the file is refused (413)
     * @param formatter          turns numeric cells into text
     * @return whether the sheet had any row at all
     */
    public static boolean read(Path file, boolean withStyles, long maxSharedStringsBytes, DataFormatter formatter,
                               RowConsumer rows) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return false;
            }
            SharedStrings strings = sharedStrings(pkg, reader, maxSharedStringsBytes);
            Handler handler = new Handler(rows);
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(withStyles ? reader.getStylesTable() : null, null,
                    strings, handler, formatter, false));
            try (InputStream sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            } catch (Stop stop) {
                return true;
            }
            return handler.any;
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | IOException
                 | UnsupportedFileFormatException | POIXMLException | OpenXML4JRuntimeException e) {
            // IOException too: the consumer throws none, so it is the archive (POI's zip-bomb guard among others)
            if (e.getCause() instanceof DomainException d) {
                throw d;
            }
            throw new DomainException("XLSX_INVALID", "无法读取XLSX文件：" + e.getMessage(),
                    "the XLSX file cannot be read: " + e.getMessage());
        }
    }

    private static SharedStrings sharedStrings(OPCPackage pkg, XSSFReader reader, long max)
            throws IOException, SAXException {
        InputStream data;
        try {
            data = reader.getSharedStringsData();
        } catch (IllegalArgumentException | InvalidFormatException e) {
            data = null;
        }
        if (data == null) {
            // a sheet of numbers only has no shared strings: POI answers an empty table for the package
            return new ReadOnlySharedStringsTable(pkg);
        }
        try (InputStream in = new Bounded(data, max)) {
            return new ReadOnlySharedStringsTable(in);
        } catch (TooLarge e) {
            throw new DomainException(Kind.TOO_LARGE, "XLSX_SHARED_STRINGS_TOO_LARGE",
                    "XLSX文件的共享字符串表超过 " + max / (1024 * 1024) + " MB，不像一份名单",
                    "the XLSX file's shared strings exceed " + max / (1024 * 1024) + " MB, which no list needs");
        }
    }

    private static final class Handler implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowConsumer rows;
        private final List<String> cells = new ArrayList<>(12);
        private int nextColumn;
        private boolean any;

        Handler(RowConsumer rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            nextColumn = 0;
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int col = cellReference == null ? nextColumn : new CellReference(cellReference).getCol();
            while (cells.size() < col) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
            nextColumn = col + 1;
        }

        @Override
        public void endRow(int rowNum) {
            any = true;
            rows.row(rowNum + 1L, cells);
        }
    }

    /** Counts what is read and fails past the bound. */
    private static final class Bounded extends FilterInputStream {
        private final long max;
        private long read;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > max) {
                throw new TooLarge();
            }
        }
    }
}
