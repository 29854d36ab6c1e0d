package com.creditquerydesk.domain.model.letter;

/**
 * The steps of a letter's path that a person may be refused because of who he is on that letter rather than its
 * state: another handler's letter, an earlier step of his own, personal data outside his duty (docs/rules.md#R45).
 */
public enum LetterStep {
    CORRECT, SCREEN, REVIEW, DRAFT, SIGN_OFF
}
