package com.creditquerydesk.infrastructure.documents;

import com.creditquerydesk.domain.model.audit.ChainHead;
import com.creditquerydesk.domain.model.reply.VerificationLink;
import com.creditquerydesk.domain.model.reply.ReplyContent;
import com.creditquerydesk.domain.model.reply.ReplyKind;
import com.creditquerydesk.domain.model.reply.ReplyRenderer;
import com.creditquerydesk.domain.model.reply.SignatureRequest;
import com.creditquerydesk.domain.model.reply.Signer;
import com.creditquerydesk.infrastructure.config.AppConfig;
import com.creditquerydesk.infrastructure.config.CentreConfig;
import com.creditquerydesk.infrastructure.signing.CentreKeys;
import com.creditquerydesk.infrastructure.signing.Pkcs12PadesSigner;
import com.creditquerydesk.infrastructure.signing.SealImage;
import com.creditquerydesk.infrastructure.signing.SealImageGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The reply as documents: the draft PDF (marked 草稿, no number), the DOCX from the template, and the final
 * PDF/A with number, seal and signature. Fonts, templates, seal and key are loaded once, on first use.
 */
@ApplicationScoped
public class ReplyDocuments implements ReplyRenderer {

    /** Drafts carry no verification record; their footer points at this code. */
    static final String DRAFT_CODE = "DRAFT";

    @Inject
    CentreConfig centre;

    @Inject
    AppConfig config;

    @Inject
    CentreKeys keys;

    @Inject
    DocumentFonts fonts;

    private volatile PdfReplyRenderer pdf;
    private volatile DocxReplyRenderer docx;
    private volatile SealImage seal;
    private volatile Signer signer;

    @Override
    public byte[] draftPdf(ReplyContent content, ReplyKind kind) {
        return pdf().render(content, kind, Optional.empty(), VerificationLink.of(centre.publicBaseUrl(), DRAFT_CODE),
                Optional.empty());
    }

    @Override
    public byte[] docx(ReplyContent content, ReplyKind kind) {
        return docx().render(content, kind);
    }

    /**
     * The final letter: PDF/A-2b with the seal over the centre's name and date and the audit head in its document
     * information, then signed (PAdES), so the signature covers the head (docs/rules.md#R32).
     */
    @Override
    public byte[] signedPdf(ReplyContent content, ReplyKind kind, String verificationCode, ChainHead auditHead) {
        byte[] unsigned = pdf().render(content, kind, Optional.of(seal()),
                VerificationLink.of(centre.publicBaseUrl(), verificationCode), Optional.of(auditHead));
        return signer().sign(unsigned, new SignatureRequest("签发 " + content.replyNumber().orElseThrow().value(),
                centre.city(), centre.name()));
    }

    private Path templates() {
        return centre.templatesDir();
    }

    private PdfReplyRenderer pdf() {
        if (pdf == null) {
            synchronized (this) {
                if (pdf == null) {
                    pdf = new PdfReplyRenderer(fonts.fonts());
                }
            }
        }
        return pdf;
    }

    private DocxReplyRenderer docx() {
        if (docx == null) {
            synchronized (this) {
                if (docx == null) {
                    docx = new DocxReplyRenderer(templates());
                }
            }
        }
        return docx;
    }

    private SealImage seal() {
        if (seal == null) {
            synchronized (this) {
                if (seal == null) {
                    seal = new SealImageGenerator(templates().resolve("fonts/FandolSong-Bold.otf"))
                            .generate(centre.name(), "", config.demo());
                }
            }
        }
        return seal;
    }

    private Signer signer() {
        if (signer == null) {
            synchronized (this) {
                if (signer == null) {
                    signer = new Pkcs12PadesSigner(keys.key(), centre.tsaUrl());
                }
            }
        }
        return signer;
    }
}
