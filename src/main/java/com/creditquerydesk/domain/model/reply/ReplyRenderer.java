package com.creditquerydesk.domain.model.reply;

import com.creditquerydesk.domain.model.audit.ChainHead;

/**
 * Renders a reply's content on its template: the draft PDF (marked 草稿, no number), the DOCX, and the final
 * PDF/A with number, seal and signature. A change of PDF or word-processing library stays behind this.
 */
public interface ReplyRenderer {

    byte[] draftPdf(ReplyContent content, ReplyKind kind);

    byte[] docx(ReplyContent content, ReplyKind kind);

    /**
     * The final letter, sealed and signed, its footer pointing at {@code verificationCode}; it carries the audit
     * chain's head at signing time under its signature (docs/rules.md#R32).
     */
    byte[] signedPdf(ReplyContent content, ReplyKind kind, String verificationCode, ChainHead auditHead);
}
