package com.creditquerydesk.domain.model.letter;

import com.creditquerydesk.domain.shared.DomainException;

/**
 * What a request letter asks the check for (查询类型): civil-service recruitment or transfer (录用、调任,
 * 发改办财金〔2020〕552号), public-institution recruitment (事业单位招聘, the Shaanxi notice), or another use such
 * as commendations and nominations (docs/domain.md#glossary).
 */
public enum QueryKind {
    CIVIL_SERVICE("civil-service", "录用、调任"),
    PUBLIC_INSTITUTION("public-institution", "事业单位聘用"),
    OTHER("other", "拟推荐");

    private final String jsonValue;
    private final String label;

    QueryKind(String jsonValue, String label) {
        this.jsonValue = jsonValue;
        this.label = label;
    }

    public String jsonValue() {
        return jsonValue;
    }

    /** The words a reply letter uses for the candidates, as in 录用、调任人选. */
    public String label() {
        return label;
    }

    public static QueryKind fromJson(String value) {
        for (QueryKind k : values()) {
            if (k.jsonValue.equals(value)) {
                return k;
            }
        }
        throw new DomainException("QUERY_KIND_UNKNOWN", "未知的查询类型：" + value,
                "unknown query kind: " + value + " (expected civil-service, public-institution or other)");
    }

    /**
     * The kind a reading or a clerk gave, as the reply answers it: a request whose kind was not read is answered as
     * the national template's civil-service case.
     */
    public static QueryKind answeredAs(QueryKind read) {
        return read == null ? CIVIL_SERVICE : read;
    }

    /**
     * Classifies a letter from its title and body. 事业单位 wins over the civil-service words because the
     * public-institution template (the Shaanxi notice's 附件2) also says 查询录用/报考人选; white space
     * that OCR puts between characters is ignored.
     */
    public static QueryKind classify(String titleAndBody) {
        if (titleAndBody == null) {
            return OTHER;
        }
        String s = titleAndBody.replaceAll("[\\s\\u3000]+", "");
        if (s.contains("事业单位")) {
            return PUBLIC_INSTITUTION;
        }
        if (s.contains("录用") || s.contains("调任") || s.contains("公务员")) {
            return CIVIL_SERVICE;
        }
        return OTHER;
    }
}
