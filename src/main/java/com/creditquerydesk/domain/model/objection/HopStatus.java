package com.creditquerydesk.domain.model.objection;

/** Where a hop stands: closed, the one to close next, or waiting for the hops before it (docs/rules.md#R87). */
public enum HopStatus {
    CLOSED("已办结"), OPEN("办理中"), WAITING("未开始");

    private final String label;

    HopStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
