package com.creditquerydesk.application.intake;

import com.creditquerydesk.domain.shared.DomainException;

/**
 * Decides what an uploaded file really is from its content (never its name) and refuses what must not
 * be stored: other types, empty or oversized files, decompression bombs, encrypted or corrupt PDFs,
 * DOCX or XLSX with external entities, spreadsheets without a candidate list or with too many rows. Throws a DomainException with the reason in Chinese and English.
 */
public interface FileInspector {

    InspectedFile inspect(byte[] content);

    /** The refusal of a file of {@code size} bytes over the limit of {@code maxBytes}. */
    static DomainException tooLarge(long size, long maxBytes) {
        long limitMb = maxBytes / (1024 * 1024);
        return new DomainException(DomainException.Kind.TOO_LARGE, "FILE_TOO_LARGE",
                "文件过大（" + size + " 字节），上限为 " + limitMb + " MB",
                "the file is too large (" + size + " bytes); the limit is " + limitMb + " MB");
    }

    /** The accepted kinds of letter files. */
    enum LetterFileType {
        PDF("application/pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        /** Word 97–2003 binary, which WPS Office also writes as .wps (docs/rules.md#R36). */
        DOC("application/msword"),
        PNG("image/png"),
        JPEG("image/jpeg"),
        TIFF("image/tiff"),
        /** GB/T 33190 OFD: text like a PDF's, or page images for OCR (docs/rules.md#R37). */
        OFD("application/ofd"),
        /** A candidate list as a spreadsheet: the list is read, the letter's fields are the clerk's (R35). */
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        XLS("application/vnd.ms-excel"),
        CSV("text/csv");

        private final String mediaType;

        LetterFileType(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    record InspectedFile(LetterFileType type, int pages) {
    }

    /** What an upload may be at most (configuration: cqd.upload.*). */
    record UploadLimits(long maxBytes, long maxPixels, int maxPages) {
    }
}
