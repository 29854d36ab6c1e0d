package com.creditquerydesk.domain.model.letter;

import com.creditquerydesk.domain.shared.DomainException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The centre's own running number of a received letter, per year and gap-free: 收2026-0001. */
public record ReceiptNumber(int year, int serial) {

    private static final Pattern FORMAT = Pattern.compile("收(\\d{4})-(\\d{4,})");

    public ReceiptNumber {
        if (year < 2000 || year > 2999 || serial < 1) {
            throw new DomainException("RECEIPT_NUMBER_INVALID", "收文编号无效", "invalid receipt number");
        }
    }

    public static ReceiptNumber parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new DomainException("RECEIPT_NUMBER_INVALID", "收文编号格式应为 收YYYY-NNNN", "a receipt number looks like 收YYYY-NNNN");
        }
        return new ReceiptNumber(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public String value() {
        return String.format("收%d-%04d", year, serial);
    }

    @Override
    public String toString() {
        return value();
    }
}
