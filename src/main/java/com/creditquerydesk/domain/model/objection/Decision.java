package com.creditquerydesk.domain.model.objection;

/** The outcome of an objection (docs/rules.md#R88): the result stands, or it is corrected. */
public enum Decision {
    UPHOLD("维持"), CORRECT("更正");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
