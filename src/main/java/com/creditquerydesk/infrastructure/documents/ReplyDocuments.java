package com.creditquerydesk.infrastructure.documents;

import com.creditquerydesk.domain.model.reply.VerificationLink;
import com.creditquerydesk.domain.model.reply.ReplyContent;
import com.creditquerydesk.domain.model.reply.ReplyKind;
import com.creditquerydesk.domain.model.reply.ReplyRenderer;
import com.creditquerydesk.domain.model.reply.SignatureRequest;
import com.creditquerydesk.domain.model.reply.Signer;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import com.creditquerydesk.infrastructure.config.AppConfig;
import com.creditquerydesk.infrastructure.config.CentreConfig;
import com.creditquerydesk.infrastructure.signing.DemoCertificates;
import com.creditquerydesk.infrastructure.signing.Pkcs12PadesSigner;
import com.creditquerydesk.infrastructure.signing.SealImage;
import com.creditquerydesk.infrastructure.signing.SealImageGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The reply as documents: the draft PDF (marked 草稿, no number), the DOCX from the template, and the final
 * PDF/A with number, seal and signature. Fonts, templates, seal and key are loaded once, on first use.
 */
@ApplicationScoped
public class ReplyDocuments implements ReplyRenderer {

    private static final Logger LOG = Logger.getLogger(ReplyDocuments.class.getName());
    /** Drafts carry no verification record; their footer points at this code. */
    static final String DRAFT_CODE = "DRAFT";

    @Inject
    CentreConfig centre;

    @Inject
    AppConfig config;

    private volatile PdfReplyRenderer pdf;
    private volatile DocxReplyRenderer docx;
    private volatile SealImage seal;
    private volatile Signer signer;

    @Override
    public byte[] draftPdf(ReplyContent content, ReplyKind kind) {
        return pdf().render(content, kind, Optional.empty(), VerificationLink.of(centre.publicBaseUrl(), DRAFT_CODE));
    }

    @Override
    public byte[] docx(ReplyContent content, ReplyKind kind) {
        return docx().render(content, kind);
    }

    /** The final letter: PDF/A-2b with the seal over the centre's name and date, then signed (PAdES). */
    @Override
    public byte[] signedPdf(ReplyContent content, ReplyKind kind, String verificationCode) {
        byte[] unsigned = pdf().render(content, kind, Optional.of(seal()),
                VerificationLink.of(centre.publicBaseUrl(), verificationCode));
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
                    pdf = new PdfReplyRenderer(new ReplyFonts(templates().resolve("fonts")));
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
                    signer = createSigner();
                }
            }
        }
        return signer;
    }

    /** The centre's PKCS#12 key from configuration; only demo mode may generate a self-signed one. */
    private Signer createSigner() {
        Optional<Path> configured = centre.pkcs12();
        if (configured.isPresent()) {
            char[] password = centre.pkcs12Password().orElseThrow(() -> new DomainException(Kind.CONFLICT,
                    "SIGNING_NOT_CONFIGURED", "未配置签名证书口令（cqd.signing.password）",
                    "the signing key's password (cqd.signing.password) is not configured"));
            return new Pkcs12PadesSigner(configured.get(), password, centre.alias(), centre.tsaUrl());
        }
        if (!config.demo()) {
            throw new DomainException(Kind.CONFLICT, "SIGNING_NOT_CONFIGURED",
                    "未配置本中心的签名证书（cqd.signing.pkcs12），无法签发", "no signing key is configured (cqd.signing.pkcs12)");
        }
        Path demo = config.dataDir().resolve("keys/demo-signing.p12");
        char[] password = "demo-signing".toCharArray();
        if (DemoCertificates.ensure(demo, password, centre.alias(), centre.name())) {
            LOG.warning("DEMO MODE: generated a self-signed signing certificate in " + demo);
        }
        return new Pkcs12PadesSigner(demo, password, centre.alias(), centre.tsaUrl());
    }
}
