package com.creditquerydesk.infrastructure.register;

import com.creditquerydesk.domain.model.register.RegisterRecord;
import com.creditquerydesk.domain.model.register.RegisterRowSource;
import com.creditquerydesk.domain.model.register.RejectedRow;
import com.creditquerydesk.domain.shared.DomainException;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;

/**
 * A register file in XLSX (first sheet, same header as the CSV), streamed by {@link XlsxRows}. The upload is first
 * copied to a temporary file (OPC needs random access).
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
            RowHandler rows = new RowHandler(accepted, rejected);
            XlsxRows.read(tmp, true, Long.MAX_VALUE, new IsoDateFormatter(), rows::row);
            if (!rows.sawHeader) {
                throw new DomainException("REGISTER_FILE_EMPTY", "登记文件为空", "the register file is empty");
            }
            return sha;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Maps each row once the header is known. */
    private static final class RowHandler {
        private final ObjLongConsumer<RegisterRecord> accepted;
        private final Consumer<RejectedRow> rejected;
        private RegisterColumns columns;
        private boolean sawHeader;

        RowHandler(ObjLongConsumer<RegisterRecord> accepted, Consumer<RejectedRow> rejected) {
            this.accepted = accepted;
            this.rejected = rejected;
        }

        void row(long rowNumber, List<String> cells) {
            if (RegisterColumns.isBlank(cells)) {
                return;
            }
            if (!sawHeader) {
                sawHeader = true;
                columns = RegisterColumns.fromHeader(cells, rowNumber, rejected);
                return;
            }
            // a spreadsheet drops empty trailing cells: pad to the header's width
            List<String> padded = new ArrayList<>(cells);
            while (padded.size() < columns.width()) {
                padded.add("");
            }
            columns.map(rowNumber, padded, accepted, rejected);
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
