package com.creditquerydesk.domain.model.extraction;

import com.creditquerydesk.domain.shared.DomainException;

import java.util.Arrays;
import java.util.Objects;

/**
 * One line of text read by an OCR engine. {@code charConfidences} has one entry per char of {@code text}
 * when the engine reports them (PP-OCR does, so clerks can see which character of a name is doubtful),
 * otherwise it is empty. Confidences are in [0, 1].
 */
public record OcrLine(String text, double confidence, Box box, double[] charConfidences) {

    public OcrLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(box, "box");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new DomainException("ocr.line.confidence", "识别置信度超出 0–1：" + confidence,
                    "OCR confidence outside 0-1: " + confidence);
        }
        charConfidences = charConfidences == null ? new double[0] : charConfidences.clone();
        if (charConfidences.length != 0 && charConfidences.length != text.length()) {
            throw new DomainException("ocr.line.char-confidences", "逐字置信度个数与文字长度不符",
                    "per-character confidences (" + charConfidences.length + ") do not match the text length ("
                            + text.length() + ")");
        }
    }

    @Override
    public double[] charConfidences() {
        return charConfidences.clone();
    }

    /** Lowest per-character confidence, or the line confidence when the engine gives none per character. */
    public double minCharConfidence() {
        return Arrays.stream(charConfidences).min().orElse(confidence);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OcrLine l && text.equals(l.text) && confidence == l.confidence && box.equals(l.box)
                && Arrays.equals(charConfidences, l.charConfidences);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, confidence, box, Arrays.hashCode(charConfidences));
    }

    @Override
    public String toString() {
        // No text: a line may hold an ID number, which must not reach logs in full.
        return "OcrLine[" + text.length() + " chars, confidence=" + String.format("%.3f", confidence) + ", " + box + "]";
    }
}
