package com.creditquerydesk.domain.model.statistics;

/**
 * The steps of a letter whose working days the statistics measure (docs/rules.md#R75), each from the end of the one
 * before: registration → confirmed → screened → reviewed (letters with a hit or a possible hit) → signed → dispatched.
 * A letter without a review is signed from its screening. {@code TOTAL} runs from registration to signing.
 */
public enum Step {
    CONFIRM("登记→确认"),
    SCREEN("确认→查询"),
    REVIEW("查询→复核"),
    SIGN("查询/复核→签发"),
    DISPATCH("签发→发文"),
    TOTAL("登记→签发");

    private final String label;

    Step(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
