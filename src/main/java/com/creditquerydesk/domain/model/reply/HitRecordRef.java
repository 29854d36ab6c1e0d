package com.creditquerydesk.domain.model.reply;

import com.creditquerydesk.domain.shared.DomainException;

/**
 * What a reply may say about one register record that matched a candidate: the enforcing court and the
 * case number (案号), nothing more (no credit information beyond the query result: docs/rules.md#R3).
 */
public record HitRecordRef(String court, String caseNumber) {

    public HitRecordRef {
        court = ReplyContent.required(court, "执行法院", "court");
        caseNumber = ReplyContent.required(caseNumber, "案号", "case number");
        if (court.length() > 60 || caseNumber.length() > 60) {
            throw new DomainException("REPLY_RECORD_TOO_LONG", "执行法院或案号过长（不超过60字）",
                    "the court or case number is too long (60 characters at most)");
        }
    }
}
