package com.creditquerydesk.domain.model.register;

import java.nio.file.Path;

/** Opens an uploaded register file with the reader its format needs (the public register's CSV or XLSX). */
public interface RegisterFileFormat {

    /**
     * @param originalName the uploaded name; its extension tells the format
     * @return the file's rows, read when asked (the file is read in place, not deleted)
     */
    RegisterRowSource open(Path file, String originalName);
}
