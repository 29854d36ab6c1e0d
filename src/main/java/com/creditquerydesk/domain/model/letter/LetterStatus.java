package com.creditquerydesk.domain.model.letter;

import java.util.EnumSet;
import java.util.Set;

/**
 * The path of a letter (DOMAIN.md): RECEIVED → EXTRACTING → EXTRACTED → VERIFIED → SCREENED →
 * (IN_REVIEW → REVIEWED) → DRAFTED → SIGNED → DISPATCHED, with the side exits FAILED (extraction;
 * a clerk then enters the data by hand) and REJECTED.
 */
public enum LetterStatus {
    RECEIVED, EXTRACTING, EXTRACTED, FAILED, VERIFIED, SCREENED, IN_REVIEW, REVIEWED, DRAFTED, SIGNED,
    DISPATCHED, REJECTED;

    /** Statuses in which the server is still reading the letter. */
    public boolean isWorking() {
        return this == RECEIVED || this == EXTRACTING;
    }

    public boolean isClosed() {
        return this == SIGNED || this == DISPATCHED || this == REJECTED;
    }

    Set<LetterStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(EXTRACTING, FAILED, REJECTED);
            case EXTRACTING -> EnumSet.of(EXTRACTING, EXTRACTED, FAILED, RECEIVED);
            case EXTRACTED -> EnumSet.of(EXTRACTED, VERIFIED, REJECTED);
            case FAILED -> EnumSet.of(EXTRACTED, VERIFIED, REJECTED, RECEIVED);
            case VERIFIED -> EnumSet.of(EXTRACTED, SCREENED, REJECTED);
            case SCREENED -> EnumSet.of(SCREENED, IN_REVIEW, DRAFTED, EXTRACTED, REJECTED);
            case IN_REVIEW -> EnumSet.of(REVIEWED, SCREENED);
            case REVIEWED -> EnumSet.of(DRAFTED, SCREENED);
            case DRAFTED -> EnumSet.of(DRAFTED, SIGNED, SCREENED, REVIEWED);
            case SIGNED -> EnumSet.of(DISPATCHED);
            case DISPATCHED, REJECTED -> EnumSet.noneOf(LetterStatus.class);
        };
    }

    public boolean canMoveTo(LetterStatus target) {
        return next().contains(target);
    }
}
