package com.creditquerydesk.domain.model.reply;

import com.creditquerydesk.domain.model.letter.QueryKind;

/**
 * Which reply template answers a letter: the national template (发改办财金〔2020〕552号 附件1, third
 * template), the Shaanxi civil-service wording or the Shaanxi public-institution wording (事业单位聘用; both the
 * Shaanxi notice's 附件3, docs/rules.md#R15).
 * Two more kinds are letters the centre issues after a reply, numbered in the replies' sequence: the 更正函 correcting a
 * signed reply after an objection (docs/rules.md#R89) and the 不予受理告知 of a refused request (R91).
 * Each kind has its own DOCX under templates/ so a centre can restyle it.
 */
public enum ReplyKind {
    NATIONAL("reply-national.docx"),
    SHAANXI("reply-shaanxi.docx"),
    PUBLIC_INSTITUTION("reply-public-institution.docx"),
    CORRECTION("reply-correction.docx"),
    REFUSAL_NOTICE("refusal-notice.docx");

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

    /** Whether the letter has the attachment 社会信用记录查询结果: every kind but the refusal notice (R91). */
    public boolean hasAttachment() {
        return this != REFUSAL_NOTICE;
    }

    /** File name of the DOCX template under templates/. */
    public String templateFile() {
        return templateFile;
    }
}
