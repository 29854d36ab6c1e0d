package com.creditquerydesk.domain.model.letter;

/**
 * Where a letter is on its path (docs/domain.md#the-letters-path): RECEIVED → EXTRACTING → EXTRACTED →
 * VERIFIED → SCREENED or (IN_REVIEW → REVIEWED) → DRAFTED → SIGNED → DISPATCHED, with the side exit FAILED
 * (the reading failed; a clerk then enters the data by hand). Which step leads where is {@link IncomingLetter}'s.
 */
public enum LetterStatus {
    RECEIVED, EXTRACTING, EXTRACTED, FAILED, VERIFIED, SCREENED, IN_REVIEW, REVIEWED, DRAFTED, SIGNED, DISPATCHED;

    /** Statuses in which the server is still reading the letter. */
    public boolean isWorking() {
        return this == RECEIVED || this == EXTRACTING;
    }

    /** The reply is signed: nothing about the request changes any more. */
    public boolean isClosed() {
        return this == SIGNED || this == DISPATCHED;
    }
}
