package com.creditquerydesk.infrastructure.register;

import com.creditquerydesk.domain.model.register.RegisterRecord;
import com.creditquerydesk.domain.model.register.RegisterRowSource;
import com.creditquerydesk.domain.model.register.RejectedRow;
import com.creditquerydesk.domain.shared.DomainException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;

/**
 * A register file in XLSX (first sheet, same header as the CSV), read with POI's SAX event API so the
 * sheet is never held in memory. Row numbers are the spreadsheet's. The upload is first copied to a
 * temporary file (OPC needs random access; opening from a stream would buffer the whole zip).
 */
public final class XlsxRegisterFile implements RegisterRowSource {

    private final String fileName;
    private final Supplier<InputStream> opener;

    public XlsxRegisterFile(String fileName, Supplier<InputStream> opener) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public String read(ObjLongConsumer<RegisterRecord> accepted, Consumer<RejectedRow> rejected) throws IOException {
        Path tmp = Files.createTempFile("register-", ".xlsx");
        try {
            String sha;
            try (Sha256InputStream in = new Sha256InputStream(opener.get()); OutputStream out = Files.newOutputStream(tmp)) {
                in.transferTo(out);
                sha = in.hex();
            }
            try (OPCPackage pkg = OPCPackage.open(tmp.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                Iterator<InputStream> sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    throw new DomainException("REGISTER_FILE_EMPTY", "登记文件为空", "the register file is empty");
                }
                RowHandler rows = new RowHandler(accepted, rejected);
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                        new ReadOnlySharedStringsTable(pkg), rows, new IsoDateFormatter(), false));
                try (InputStream sheet = sheets.next()) {
                    parser.parse(new InputSource(sheet));
                }
                if (!rows.sawHeader) {
                    throw new DomainException("REGISTER_FILE_EMPTY", "登记文件为空", "the register file is empty");
                }
            } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
                if (e.getCause() instanceof DomainException d) {
                    throw d;
                }
                throw new DomainException("REGISTER_XLSX_INVALID", "无法读取XLSX文件：" + e.getMessage(),
                        "the XLSX file cannot be read: " + e.getMessage());
            }
            return sha;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Collects the cells of one row (gaps filled with empty strings) and maps it when the row ends. */
    private static final class RowHandler implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final ObjLongConsumer<RegisterRecord> accepted;
        private final Consumer<RejectedRow> rejected;
        private final List<String> cells = new ArrayList<>(12);
        private RegisterColumns columns;
        private boolean sawHeader;
        private int nextColumn;

        RowHandler(ObjLongConsumer<RegisterRecord> accepted, Consumer<RejectedRow> rejected) {
            this.accepted = accepted;
            this.rejected = rejected;
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
            if (RegisterColumns.isBlank(cells)) {
                return;
            }
            if (!sawHeader) {
                sawHeader = true;
                columns = RegisterColumns.fromHeader(cells, rowNum + 1L, rejected);
                return;
            }
            // a spreadsheet drops empty trailing cells: pad to the header's width
            while (cells.size() < columns.width()) {
                cells.add("");
            }
            columns.map(rowNum + 1L, cells, accepted, rejected);
        }
    }

    /** Shows date cells as ISO dates (2018-01-06), whatever display format the sheet gives them. */
    private static final class IsoDateFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
