package com.creditquerydesk.domain.model.reply;

import com.creditquerydesk.domain.model.audit.ChainHead;

/**
 * Reads a signed reply as anyone holding it could: checks that the centre's signature is valid and covers the whole
 * file, and answers the audit head the reply carries under it (docs/rules.md#R32). Refuses (DomainException) a
 * file that is not a reply signed by this centre, or altered since, or signed before replies carried a head.
 */
public interface SignedReplyReader {

    ChainHead auditHead(byte[] signedPdf);
}
