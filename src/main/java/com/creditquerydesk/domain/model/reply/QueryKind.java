package com.creditquerydesk.domain.model.reply;

/**
 * Why the requesting unit asked (DOMAIN.md glossary 查询类型): civil-service recruitment or transfer
 * (seed 000), public-institution recruitment (seed 001), other uses such as commendations (seed 004).
 * The label is the wording a reply letter uses for the candidates, e.g. 录用、调任人选.
 */
public enum QueryKind {
    CIVIL_SERVICE_RECRUITMENT("录用"),
    CIVIL_SERVICE_TRANSFER("调任"),
    CIVIL_SERVICE_RECRUITMENT_AND_TRANSFER("录用、调任"),
    PUBLIC_INSTITUTION_RECRUITMENT("事业单位聘用"),
    OTHER("拟推荐");

    private final String label;

    QueryKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
