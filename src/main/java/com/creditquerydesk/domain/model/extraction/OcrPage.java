package com.creditquerydesk.domain.model.extraction;

import java.util.List;

public record OcrPage(int pageIndex, int width, int height, List<OcrLine> lines) {
}
