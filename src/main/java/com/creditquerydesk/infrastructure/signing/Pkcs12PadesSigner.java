package com.creditquerydesk.infrastructure.signing;

import com.creditquerydesk.domain.model.reply.SignatureRequest;
import com.creditquerydesk.domain.model.reply.Signer;
import com.creditquerydesk.domain.shared.DomainException;
import com.itextpdf.commons.exceptions.ITextException;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.PdfPadesSigner;
import com.itextpdf.signatures.SignerProperties;
import com.itextpdf.signatures.TSAClientBouncyCastle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.Optional;

/**
 * Signs a reply PDF with a key and certificate from a PKCS#12 file: PAdES baseline B-B, or B-T when a
 * time-stamping authority is configured. The signature is invisible (the seal image is already on the page)
 * and written as an incremental update, so the PDF/A-2b file underneath stays byte-for-byte intact.
 */
public final class Pkcs12PadesSigner implements Signer {

    static final String FIELD_NAME = "CentreSignature";

    private final PrivateKey key;
    private final Certificate[] chain;
    private final Optional<String> tsaUrl;

    /**
     * @param pkcs12   the keystore file
     * @param password its password (also the key's)
     * @param alias    the key entry to sign with
     * @param tsaUrl   an RFC 3161 time-stamping URL for B-T; empty for B-B
     */
    public Pkcs12PadesSigner(Path pkcs12, char[] password, String alias, Optional<String> tsaUrl) {
        this(CentreKey.load(pkcs12, password, alias), tsaUrl);
    }

    /** @param tsaUrl an RFC 3161 time-stamping URL for B-T; empty for B-B */
    public Pkcs12PadesSigner(CentreKey centreKey, Optional<String> tsaUrl) {
        this.key = centreKey.privateKey();
        this.chain = centreKey.chain();
        this.tsaUrl = tsaUrl == null ? Optional.empty() : tsaUrl.filter(u -> !u.isBlank());
    }

    @Override
    public byte[] sign(byte[] pdf, SignatureRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32 * 1024);
        try {
            PdfPadesSigner signer = new PdfPadesSigner(new PdfReader(new ByteArrayInputStream(pdf)), out)
                    .setStampingProperties(new StampingProperties().useAppendMode());
            SignerProperties props = new SignerProperties()
                    .setFieldName(FIELD_NAME)
                    .setReason(request.reason())
                    .setLocation(request.location())
                    .setContact(request.contact());
            if (tsaUrl.isPresent()) {
                signer.signWithBaselineTProfile(props, chain, key, new TSAClientBouncyCastle(tsaUrl.get()));
            } else {
                signer.signWithBaselineBProfile(props, chain, key);
            }
        } catch (IOException | GeneralSecurityException | ITextException e) {
            // e.g. the time-stamping authority is unreachable: iText wraps that in a runtime exception
            String reason = rootCause(e).toString();
            throw new DomainException("REPLY_SIGNING_FAILED", "回复函电子签名失败：" + reason,
                    "signing the reply failed: " + reason);
        }
        return out.toByteArray();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
