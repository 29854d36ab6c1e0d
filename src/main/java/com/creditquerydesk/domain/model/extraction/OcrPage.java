package com.creditquerydesk.domain.model.extraction;

import com.creditquerydesk.domain.shared.DomainException;

import java.util.List;
import java.util.stream.Collectors;

/** The lines an OCR engine read on one page image, in reading order (top to bottom, then left to right). */
public record OcrPage(int pageIndex, int width, int height, List<OcrLine> lines) {

    public OcrPage {
        if (pageIndex < 0 || width <= 0 || height <= 0) {
            throw new DomainException("ocr.page.invalid", "页面编号或尺寸无效",
                    "invalid page index or size: " + pageIndex + ", " + width + "x" + height);
        }
        lines = List.copyOf(lines);
    }

    /** The page text, one line per OCR line. */
    public String text() {
        return lines.stream().map(OcrLine::text).collect(Collectors.joining("\n"));
    }
}
