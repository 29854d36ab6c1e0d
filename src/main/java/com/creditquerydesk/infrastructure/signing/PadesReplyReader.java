package com.creditquerydesk.infrastructure.signing;

import com.creditquerydesk.domain.model.audit.ChainHead;
import com.creditquerydesk.domain.model.reply.SignedReplyReader;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import com.itextpdf.commons.exceptions.ITextException;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;

/**
 * The audit head of a reply signed by this centre (docs/rules.md#R32), believed only when the centre's PAdES
 * signature is valid, made with the centre's certificate and covers the whole file: the head lies in the document
 * information, which a later incremental update could otherwise change.
 */
@ApplicationScoped
public class PadesReplyReader implements SignedReplyReader {

    /** The document-information key of the audit head; a custom key needs no XMP counterpart in PDF/A-2. */
    public static final String AUDIT_HEAD_KEY = "CQDAuditHead";

    @Inject
    CentreKeys keys;

    @Override
    public ChainHead auditHead(byte[] signedPdf) {
        return auditHead(signedPdf, keys.key().certificate());
    }

    /** The head, if {@code centre}'s signature is valid and covers the whole file. */
    public static ChainHead auditHead(byte[] signedPdf, X509Certificate centre) {
        String head;
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(signedPdf)))) {
            SignatureUtil signatures = new SignatureUtil(doc);
            if (!signatures.getSignatureNames().contains(Pkcs12PadesSigner.FIELD_NAME)) {
                throw refused("REPLY_NOT_SIGNED", "该文件不是本中心签发的复函（无本中心的电子签名）",
                        "the file is not a reply signed by this centre (it has no signature of the centre)");
            }
            PdfPKCS7 signature = signatures.readSignatureData(Pkcs12PadesSigner.FIELD_NAME);
            if (!signature.verifySignatureIntegrityAndAuthenticity()
                    || !centre.equals(signature.getSigningCertificate())) {
                throw refused("REPLY_SIGNATURE_INVALID", "复函的电子签名无效，或不是本中心的证书所签",
                        "the reply's signature is not valid or not made with this centre's certificate");
            }
            if (!signatures.signatureCoversWholeDocument(Pkcs12PadesSigner.FIELD_NAME)) {
                throw refused("REPLY_ALTERED_AFTER_SIGNING", "复函在签名之后被追加修改",
                        "the reply was changed after it was signed");
            }
            head = doc.getDocumentInfo().getMoreInfo(AUDIT_HEAD_KEY);
        } catch (IOException | GeneralSecurityException | ITextException e) {
            throw refused("REPLY_NOT_READABLE", "无法读取该复函：" + e.getMessage(), "the reply cannot be read: " + e.getMessage());
        }
        if (head == null) {
            throw refused("REPLY_HAS_NO_AUDIT_HEAD", "该复函签发时尚未记载审计链头",
                    "the reply was signed before replies carried the audit head");
        }
        return ChainHead.parse(head);
    }

    private static DomainException refused(String code, String zh, String en) {
        return new DomainException(Kind.UNPROCESSABLE, code, zh, en);
    }
}
