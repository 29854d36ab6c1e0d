package com.creditquerydesk.domain.model.spotcheck;

/** The checker's conclusion on one drawn reply (docs/rules.md#R78). */
public enum Verdict {
    CONSISTENT("一致"),
    INCONSISTENT("不一致");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
