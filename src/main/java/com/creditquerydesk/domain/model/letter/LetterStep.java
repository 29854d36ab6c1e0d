package com.creditquerydesk.domain.model.letter;

/**
 * The steps of a letter's path that wait for a person: what a 工作台 lists as 待办 (docs/rules.md#R83), and what a
 * person may be refused because of who he is on that letter rather than its state — another handler's letter, an
 * earlier step of his own, personal data outside his duty (docs/rules.md#R45).
 */
public enum LetterStep {
    CORRECT("校对确认"), SCREEN("查询"), REVIEW("复核命中"), DRAFT("起草复函"), SIGN_OFF("签发"), DISPATCH("发文登记"),
    /** A hop of an objection to the letter's signed reply that is the centre's (docs/rules.md#R87). */
    OBJECTION_HOP("办理异议"),
    /** Measures of the 核查登记表 still to record for the letter's candidates (docs/rules.md#R77). */
    LEDGER_FILING("登记应用措施");

    private final String label;

    LetterStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
