package com.creditquerydesk.domain.model.extraction;

import java.util.List;
import java.util.Optional;

/** What was read from each letter, with the page images it was read from. Kept encrypted: it holds ID numbers. */
public interface ExtractionRepository {

    Optional<LetterReading> find(String letterId);

    /** Stores the reading with its candidates' search keys (docs/rules.md#R92), replacing any earlier one. */
    void store(String letterId, LetterReading reading);

    /** Letters whose reading has no search keys yet (stored before they existed). */
    List<String> unkeyedForSearch();

    /**
     * Writes the search keys of the letter's reading if it still has none, under the reading row's lock, in the
     * caller's transaction: two servers backfilling at once key each reading once. Answers whether it wrote them.
     */
    boolean keyForSearch(String letterId);

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
