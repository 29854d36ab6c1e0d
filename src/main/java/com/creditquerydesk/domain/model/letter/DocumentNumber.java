package com.creditquerydesk.domain.model.letter;

import com.creditquerydesk.domain.shared.DomainException;

import java.text.Normalizer;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An issuer's document number (发文字号): 机关代字 + 〔YYYY〕 + serial + 号, e.g. 陕人社函〔2026〕112号.
 * Bracket variants typed or OCR'd as [ ] ( ) （） 【】 ﹝﹞ 〔〕 are normalised to 〔〕; the year has four
 * digits; the serial has no leading zero and no 第 (GB/T 9704-2012, docs/domain.md#document-number). Input is NFKC-normalised first
 * (full-width digits and brackets), and white space that OCR puts between the characters is dropped.
 */
public final class DocumentNumber {

    private static final String OPEN = "\\[(（【﹝〔［";
    private static final String CLOSE = "\\])）】﹞〕］";
    private static final Pattern PATTERN = Pattern.compile(
            "((?:[\\p{IsHan}A-Za-z]\\s?){1,20}?)\\s*[" + OPEN + "]\\s*(\\d{4})\\s*[" + CLOSE + "]\\s*第?\\s*(\\d{1,6})\\s*号");

    private final String issuerCode;
    private final int year;
    private final int serial;

    public DocumentNumber(String issuerCode, int year, int serial) {
        if (issuerCode == null || issuerCode.isBlank()) {
            throw invalid("发文字号缺少机关代字", "the document number has no issuer code");
        }
        if (year < 1949 || year > 2999) {
            throw invalid("发文字号的年份应为四位年份", "the year of a document number has four digits");
        }
        if (serial < 1) {
            throw invalid("发文字号的序号应为正整数", "the serial of a document number is a positive number");
        }
        this.issuerCode = issuerCode.strip();
        this.year = year;
        this.serial = serial;
    }

    /** Parses a whole string as a document number, normalising brackets; rejects leading zeros. */
    public static DocumentNumber parse(String raw) {
        if (raw == null) {
            throw invalid("发文字号为空", "the document number is empty");
        }
        Matcher m = PATTERN.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKC).strip());
        if (!m.matches()) {
            throw invalid("发文字号格式应为 机关代字〔年份〕序号号", "a document number looks like 机关代字〔YYYY〕N号");
        }
        return of(m, true);
    }

    /** Finds the first document number inside running text (OCR lines), tolerating a leading zero there. */
    public static Optional<DocumentNumber> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = PATTERN.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
        while (m.find()) {
            try {
                return Optional.of(of(m, false));
            } catch (DomainException ignored) {
                // an impossible year or serial: keep looking further along the line
            }
        }
        return Optional.empty();
    }

    private static DocumentNumber of(Matcher m, boolean strictSerial) {
        String serial = m.group(3);
        if (strictSerial && serial.length() > 1 && serial.charAt(0) == '0') {
            throw invalid("发文字号的序号不编虚位（不加前导0）", "the serial of a document number has no leading zeros");
        }
        return new DocumentNumber(m.group(1).replaceAll("\\s", ""), Integer.parseInt(m.group(2)), Integer.parseInt(serial));
    }

    private static DomainException invalid(String zh, String en) {
        return new DomainException("DOCUMENT_NUMBER_INVALID", zh, en);
    }

    public String issuerCode() {
        return issuerCode;
    }

    public int year() {
        return year;
    }

    public int serial() {
        return serial;
    }

    /** The normalised form, e.g. 陕人社函〔2026〕112号. */
    public String value() {
        return issuerCode + "〔" + year + "〕" + serial + "号";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentNumber other && value().equals(other.value());
    }

    @Override
    public int hashCode() {
        return Objects.hash(value());
    }

    @Override
    public String toString() {
        return value();
    }
}
