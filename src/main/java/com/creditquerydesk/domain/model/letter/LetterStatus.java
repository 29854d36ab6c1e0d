package com.creditquerydesk.domain.model.letter;

/**
 * Where a letter is on its path (docs/domain.md#the-letters-path): RECEIVED → EXTRACTING → EXTRACTED →
 * VERIFIED → SCREENED or (IN_REVIEW → REVIEWED) → DRAFTED → SIGNED → DISPATCHED, with the side exit FAILED
 * (the reading failed; a clerk then enters the data by hand), and the two ends without a reply: REJECTED (退回 /
 * 不予受理, docs/rules.md#R64) and VOIDED (作废, docs/rules.md#R65). Which step leads where is {@link IncomingLetter}'s.
 */
public enum LetterStatus {
    RECEIVED, EXTRACTING, EXTRACTED, FAILED, VERIFIED, SCREENED, IN_REVIEW, REVIEWED, DRAFTED, SIGNED, DISPATCHED, REJECTED, VOIDED;

    /** Statuses in which the server is still reading the letter. */
    public boolean isWorking() {
        return this == RECEIVED || this == EXTRACTING;
    }

    /**
     * The reply is signed, or the letter will have none (rejected, voided): nothing about the request changes any more
     * and no due date runs.
     */
    public boolean isClosed() {
        return this == SIGNED || this == DISPATCHED || this == REJECTED || this == VOIDED;
    }
}
