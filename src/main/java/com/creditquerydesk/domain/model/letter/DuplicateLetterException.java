package com.creditquerydesk.domain.model.letter;

import com.creditquerydesk.domain.shared.DomainException;

/** The same file (same SHA-256) was registered before: nothing new is stored. */
public class DuplicateLetterException extends DomainException {

    private final String existingLetterId;
    private final String existingReceiptNumber;

    public DuplicateLetterException(String existingLetterId, String existingReceiptNumber) {
        super(Kind.CONFLICT, "LETTER_DUPLICATE",
                "该文件已登记过（收文编号 " + existingReceiptNumber + "），未重复登记",
                "this file was registered before (receipt " + existingReceiptNumber + "); nothing was stored");
        this.existingLetterId = existingLetterId;
        this.existingReceiptNumber = existingReceiptNumber;
    }

    public String existingLetterId() {
        return existingLetterId;
    }

    public String existingReceiptNumber() {
        return existingReceiptNumber;
    }
}
