package com.creditquerydesk.domain.model.reply;

import com.creditquerydesk.domain.shared.DomainException;

/**
 * What a {@link Signer} writes into the signature dictionary of a reply: why it is signed (e.g. 签发
 * 陕信用函〔2026〕12号), where, and who to contact. Carries no personal data of candidates.
 */
public record SignatureRequest(String reason, String location, String contact) {

    public SignatureRequest {
        reason = ReplyContent.required(reason, "签名事由", "signature reason");
        location = location == null ? "" : location.strip();
        contact = contact == null ? "" : contact.strip();
    }
}
