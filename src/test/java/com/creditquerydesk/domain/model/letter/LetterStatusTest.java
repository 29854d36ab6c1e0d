package com.creditquerydesk.domain.model.letter;

import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LetterStatusTest {

    private static IncomingLetter letter() {
        return new IncomingLetter(new ReceiptNumber(2026, 1), Channel.PAPER, null, Instant.parse("2026-03-05T01:00:00Z"),
                LocalDate.of(2026, 3, 10), "registry", new StoredFile("a".repeat(64), "application/pdf", 10, "x.pdf", 2));
    }

    @Test
    void theHappyPathIsAllowedStepByStep() {
        IncomingLetter l = letter();
        for (LetterStatus s : new LetterStatus[]{LetterStatus.EXTRACTING, LetterStatus.EXTRACTED, LetterStatus.VERIFIED,
                LetterStatus.SCREENED, LetterStatus.IN_REVIEW, LetterStatus.REVIEWED, LetterStatus.DRAFTED,
                LetterStatus.SIGNED, LetterStatus.DISPATCHED}) {
            l.moveTo(s, null);
            assertEquals(s, l.status());
        }
    }

    @Test
    void aLetterCannotSkipAStep() {
        IncomingLetter l = letter();
        assertThrows(DomainException.class, () -> l.moveTo(LetterStatus.SCREENED, null));
        assertThrows(DomainException.class, () -> l.moveTo(LetterStatus.SIGNED, null));
        l.moveTo(LetterStatus.EXTRACTING, null);
        l.moveTo(LetterStatus.EXTRACTED, null);
        assertThrows(DomainException.class, () -> l.moveTo(LetterStatus.DRAFTED, null));
    }

    /** Only a FAILED reading can be tried again, and it starts over: RECEIVED, no page read yet. */
    @Test
    void onlyAFailedReadingIsRetried() {
        for (LetterStatus s : LetterStatus.values()) {
            IncomingLetter l = letter();
            if (s != LetterStatus.RECEIVED) {
                l.moveTo(LetterStatus.EXTRACTING, null);
            }
            if (s == LetterStatus.FAILED) {
                l.recordProgress(1);
                l.moveTo(LetterStatus.FAILED, "OCR 出错");
                l.retryReading();
                assertEquals(LetterStatus.RECEIVED, l.status());
                assertEquals(0, l.pagesDone());
                assertEquals(null, l.statusReason());
            } else if (s == LetterStatus.RECEIVED || s == LetterStatus.EXTRACTING) {
                DomainException e = assertThrows(DomainException.class, l::retryReading);
                assertEquals(DomainException.Kind.CONFLICT, e.kind());
                assertEquals(s, l.status());
            }
        }
        IncomingLetter extracted = letter();
        extracted.moveTo(LetterStatus.EXTRACTING, null);
        extracted.moveTo(LetterStatus.EXTRACTED, null);
        assertThrows(DomainException.class, extracted::retryReading);
        assertEquals(LetterStatus.EXTRACTED, extracted.status());
    }

    @Test
    void dispatchedAndRejectedAreFinal() {
        for (LetterStatus target : LetterStatus.values()) {
            assertFalse(LetterStatus.DISPATCHED.canMoveTo(target));
            assertFalse(LetterStatus.REJECTED.canMoveTo(target));
        }
        assertTrue(LetterStatus.SIGNED.canMoveTo(LetterStatus.DISPATCHED));
        assertFalse(LetterStatus.SIGNED.canMoveTo(LetterStatus.DRAFTED));
    }

    @Test
    void onlyReceivedAndExtractingMeanStillWorking() {
        for (LetterStatus s : LetterStatus.values()) {
            assertEquals(s == LetterStatus.RECEIVED || s == LetterStatus.EXTRACTING, s.isWorking());
        }
    }

    @Test
    void overdueIsAfterTheDueDateWhileOpen() {
        IncomingLetter l = letter();
        assertFalse(l.isOverdue(LocalDate.of(2026, 3, 10)));
        assertTrue(l.isOverdue(LocalDate.of(2026, 3, 11)));
    }

    @Test
    void receiptNumbersFormatAndParse() {
        assertEquals("收2026-0001", new ReceiptNumber(2026, 1).value());
        assertEquals("收2026-12345", new ReceiptNumber(2026, 12345).value());
        assertEquals(new ReceiptNumber(2026, 42), ReceiptNumber.parse("收2026-0042"));
        assertThrows(DomainException.class, () -> ReceiptNumber.parse("2026-0042"));
        assertThrows(DomainException.class, () -> new ReceiptNumber(2026, 0));
    }
}
