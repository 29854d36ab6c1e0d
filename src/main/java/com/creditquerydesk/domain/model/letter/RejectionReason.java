package com.creditquerydesk.domain.model.letter;

/**
 * Why a letter is not accepted (退回 / 不予受理, docs/rules.md#R64): each one a way the request fails the notices' form
 * of a request; {@link #OTHER} needs a note saying what.
 */
public enum RejectionReason {
    WRONG_ADDRESSEE("主送单位不是本中心", "not addressed to this centre"),
    NOT_NATIONAL_TEMPLATE("未使用全国统一的查询公文模板", "not on the national template"),
    NO_DOCUMENT_NUMBER("来函无发文字号", "the letter has no document number"),
    UNREADABLE("来函无法辨认", "the letter cannot be read"),
    DUPLICATE_REQUEST("重复申请", "a duplicate request"),
    OTHER("其他", "other");

    private final String label;
    private final String labelEn;

    RejectionReason(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    public String label() {
        return label;
    }

    public String labelEn() {
        return labelEn;
    }

    /** Only "other" says nothing by itself. */
    public boolean needsNote() {
        return this == OTHER;
    }
}
