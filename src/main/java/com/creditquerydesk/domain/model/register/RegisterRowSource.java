package com.creditquerydesk.domain.model.register;

import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;

/**
 * A register file read row by row (streaming: a file of millions of rows is never held in memory).
 * Implemented by the CSV and XLSX readers of the infrastructure.
 */
public interface RegisterRowSource {

    /** The file name as uploaded, kept with the version. */
    String fileName();

    /**
     * Reads every row once, handing each valid one with its row number to {@code accepted} and each
     * bad one to {@code rejected} (reading goes on after a bad row). Each call reads the file anew.
     *
     * @return the hex SHA-256 of the file's bytes
     * @throws com.creditquerydesk.domain.shared.DomainException when the file cannot be a register at all
     *                                                           (e.g. a required column is missing)
     */
    String read(ObjLongConsumer<RegisterRecord> accepted, Consumer<RejectedRow> rejected) throws IOException;
}
