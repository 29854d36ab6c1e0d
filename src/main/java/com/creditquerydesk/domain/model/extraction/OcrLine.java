package com.creditquerydesk.domain.model.extraction;

public record OcrLine(String text, double confidence, Box box, double[] charConfidences) {
}
