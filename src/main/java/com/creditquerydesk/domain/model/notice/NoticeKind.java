package com.creditquerydesk.domain.model.notice;

/** What a reminder is about (docs/rules.md#R84). */
public enum NoticeKind {
    ASSIGNED("分派给我"),
    DRAFT_RETURNED("复函退回修改"),
    REVIEW_WAITING("命中待复核"),
    DUE_SOON("临期"),
    OVERDUE("超期"),
    URGED("催办"),
    OBJECTION_HOP_DUE("异议环节临期或超期");

    private final String label;

    NoticeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
