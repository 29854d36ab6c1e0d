package com.creditquerydesk.domain.model.extraction;

/**
 * A scanned letter's page as it was received, before the pre-processing the reading and its boxes use (deskew,
 * seal and background steps): the correction view's 原图, to tell what the scanner saw from what the server made of it
 * (docs/rules.md#R68).
 */
public interface OriginalPages {

    /** Page {@code page} (from 1) of the original file as PNG; 404 when the file has no such page or no raster pages. */
    byte[] png(byte[] original, String mediaType, int page);
}
