package com.creditquerydesk.domain.model.reply;

/**
 * Signs a finished reply PDF (PAdES). A PKCS#12 signer is the default; a seal server or an SM2 signer
 * can replace it. Implementations must sign in an incremental update so a PDF/A file stays PDF/A.
 */
public interface Signer {

    byte[] sign(byte[] pdf, SignatureRequest request);
}
