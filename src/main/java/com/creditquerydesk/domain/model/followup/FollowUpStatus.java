package com.creditquerydesk.domain.model.followup;

/** Where a 更正函 or a 不予受理告知 stands (docs/rules.md#R89–R91). */
public enum FollowUpStatus {
    DRAFTED("待复核"), REVIEWED("待签发"), SIGNED("已签发");

    private final String label;

    FollowUpStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
