package com.creditquerydesk.domain.model.extraction;

import java.util.List;
import java.util.Optional;

/** What was read from each letter, with the page images it was read from. Kept encrypted: it holds ID numbers. */
public interface ExtractionRepository {

    Optional<LetterReading> find(String letterId);

    void store(String letterId, LetterReading reading);

    /**
     * A letter as read: the fields, how they were read (DOCX, PDF_TEXT, OCR; the engine), and the pages the
     * boxes refer to (an image per page where there is one; box coordinates are in the page's units).
     */
    record LetterReading(ExtractionResult result, String source, List<PageImage> pages) {
        public LetterReading {
            pages = List.copyOf(pages);
        }
    }

    /** @param sha256 the page image in the blob store, or null where the source has no page images (DOCX) */
    record PageImage(int number, int width, int height, String sha256) {
    }
}
