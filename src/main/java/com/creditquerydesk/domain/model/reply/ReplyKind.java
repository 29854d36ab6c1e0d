package com.creditquerydesk.domain.model.reply;

import com.creditquerydesk.domain.model.letter.QueryKind;

/**
 * Which reply template answers a letter: the national template (发改办财金〔2020〕552号 附件1, third
 * template), the Shaanxi civil-service wording or the Shaanxi public-institution wording (事业单位聘用; both the
 * Shaanxi notice's 附件3, docs/rules.md#R15).
 * Each kind has its own DOCX under templates/ so a centre can restyle it.
 */
public enum ReplyKind {
    NATIONAL("reply-national.docx"),
    SHAANXI("reply-shaanxi.docx"),
    PUBLIC_INSTITUTION("reply-public-institution.docx");

    private final String templateFile;

    ReplyKind(String templateFile) {
        this.templateFile = templateFile;
    }

    /**
     * The template answering a request of {@code query}: public-institution requests have their own, the rest
     * get the one the centre configured ({@code usual}).
     */
    public static ReplyKind answering(QueryKind query, ReplyKind usual) {
        return query == QueryKind.PUBLIC_INSTITUTION ? PUBLIC_INSTITUTION : usual;
    }

    /** File name of the DOCX template under templates/. */
    public String templateFile() {
        return templateFile;
    }
}
