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
    NATIONAL("reply-national.docx", "全国通用样式"),
    SHAANXI("reply-shaanxi.docx", "陕西省公务员录用样式"),
    PUBLIC_INSTITUTION("reply-public-institution.docx", "陕西省事业单位聘用样式"),
    CORRECTION("reply-correction.docx", "更正函样式"),
    REFUSAL_NOTICE("refusal-notice.docx", "不予受理告知书样式");

    private final String templateFile;
    private final String label;

    ReplyKind(String templateFile, String label) {
        this.templateFile = templateFile;
        this.label = label;
    }

    /** The template's Chinese name, as the trail and the pages name it (never the code). */
    public String label() {
        return label;
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
