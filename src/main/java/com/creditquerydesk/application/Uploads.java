package com.creditquerydesk.application;

import com.creditquerydesk.domain.shared.DomainException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** An uploaded list kept as a file, to be read in place (an XLSX needs random access) and never held whole. */
public final class Uploads {

    private Uploads() {
    }

    /** Copies the upload to a new file in {@code dir}; an empty upload is refused and leaves nothing. */
    public static Path save(InputStream content, Path dir, String prefix) throws IOException {
        Files.createDirectories(dir);
        Path file = Files.createTempFile(dir, prefix, ".upload");
        Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
        if (Files.size(file) == 0) {
            Files.delete(file);
            throw new DomainException("FILE_EMPTY", "上传的名单文件为空", "the uploaded list is empty");
        }
        return file;
    }
}
