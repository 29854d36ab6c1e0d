package com.creditquerydesk.domain.model.extraction;

import com.creditquerydesk.domain.model.extraction.ExtractionRepository.LetterReading;

import java.util.function.IntConsumer;

/**
 * Reads a registered letter's file into its fields, by whatever path the file allows (document structure,
 * text layer, OCR). Changing a PDF or OCR library changes an implementation of this, never a use case.
 */
public interface LetterFileReader {

    /**
     * @param mediaType the type found from the content at registration
     * @param pagesDone told the number of pages read so far, as they are read
     */
    LetterReading read(byte[] content, String mediaType, IntConsumer pagesDone);
}
