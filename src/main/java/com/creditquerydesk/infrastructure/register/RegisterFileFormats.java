package com.creditquerydesk.infrastructure.register;

import com.creditquerydesk.domain.model.register.RegisterFileFormat;
import com.creditquerydesk.domain.model.register.RegisterRowSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** .xlsx selects the spreadsheet reader, anything else is read as CSV. */
public final class RegisterFileFormats implements RegisterFileFormat {

    @Override
    public RegisterRowSource open(Path file, String originalName) {
        if (originalName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return new XlsxRegisterFile(originalName, () -> open(file));
        }
        return new CsvRegisterFile(originalName, () -> open(file));
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
