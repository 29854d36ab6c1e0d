package com.creditquerydesk.domain.model.extraction;

import java.awt.image.BufferedImage;

/**
 * Reads the text lines of one page image. Implementations live in infrastructure/ocr and must be safe to
 * call from several threads. The image should already be preprocessed (seal removed, deskewed).
 */
public interface OcrEngine {

    /** A short stable name recorded with each extraction ("ppocr", "tesseract", ...). */
    String name();

    /**
     * @param image     the page, grey or colour
     * @param pageIndex 0-based page number, copied into the result
     * @param dpi       the image resolution (300 for rendered PDF pages)
     */
    OcrPage recognize(BufferedImage image, int pageIndex, int dpi);
}
