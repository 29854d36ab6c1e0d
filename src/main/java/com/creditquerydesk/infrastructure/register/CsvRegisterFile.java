package com.creditquerydesk.infrastructure.register;

import com.creditquerydesk.domain.model.register.RegisterRecord;
import com.creditquerydesk.domain.model.register.RegisterRowSource;
import com.creditquerydesk.domain.model.register.RejectedRow;
import com.creditquerydesk.domain.shared.DomainException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;

/**
 * A register file in UTF-8 CSV with the public register's header row. Row numbers count records
 * from the header (row 1), as a spreadsheet shows them.
 */
public final class CsvRegisterFile implements RegisterRowSource {

    private final String fileName;
    private final Supplier<InputStream> opener;

    /** @param opener opens the file's bytes; the stream is read once and closed */
    public CsvRegisterFile(String fileName, Supplier<InputStream> opener) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public String read(ObjLongConsumer<RegisterRecord> accepted, Consumer<RejectedRow> rejected) throws IOException {
        try (Sha256InputStream digest = new Sha256InputStream(new BufferedInputStream(opener.get(), 1 << 16));
             InputStreamReader reader = new InputStreamReader(digest, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPLACE)
                     .onUnmappableCharacter(CodingErrorAction.REPLACE))) {
            CsvRecordReader csv = new CsvRecordReader(reader);
            List<String> header = csv.next();
            if (header == null) {
                throw new DomainException("REGISTER_FILE_EMPTY", "登记文件为空", "the register file is empty");
            }
            RegisterColumns columns = RegisterColumns.fromHeader(header, 1, rejected);
            long row = 1;
            for (List<String> cells = csv.next(); cells != null; cells = csv.next()) {
                row++;
                if (!RegisterColumns.isBlank(cells)) {
                    columns.map(row, cells, accepted, rejected);
                }
            }
            return digest.hex();
        }
    }
}
