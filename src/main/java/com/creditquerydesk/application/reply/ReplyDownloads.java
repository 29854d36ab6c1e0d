package com.creditquerydesk.application.reply;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.application.calendar.CalendarService;
import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.domain.model.letter.DocumentNumber;
import com.creditquerydesk.domain.model.reply.ReplyContent;
import com.creditquerydesk.domain.model.reply.ReplyLetter;
import com.creditquerydesk.domain.model.reply.ReplyLetterRepository;
import com.creditquerydesk.domain.model.reply.ReplyRenderer;
import com.creditquerydesk.domain.shared.BlobStore;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** A letter's reply and its documents, for the people working on the letter; each download is a read of personal data. */
@ApplicationScoped
public class ReplyDownloads {

    @Inject
    ReplyInputs inputs;

    @Inject
    ReplyLetterRepository replies;

    @Inject
    ReplyRenderer documents;

    @Inject
    BlobStore store;

    @Inject
    CalendarService calendar;

    @Inject
    AuditService audit;

    public Optional<ReplyLetter> find(String letterId) {
        return replies.find(letterId);
    }

    /** The current PDF: the signed one once signed off. */
    @Transactional
    public byte[] pdf(Actor actor, String letterId) {
        ReplyLetter reply = requireReply(actor, letterId);
        audit.record(actor, AuditAction.REPLY_READ, letterId, "下载复函 PDF "
                + (reply.replyNumber() == null ? "（草稿）" : reply.replyNumber()));
        return store.get(reply.status() == ReplyLetter.Status.SIGNED ? reply.signedPdfSha256() : reply.draftPdfSha256());
    }

    /** The DOCX: the draft's, or once signed off the same content with its number and date. */
    @Transactional
    public byte[] docx(Actor actor, String letterId) {
        ReplyLetter reply = requireReply(actor, letterId);
        audit.record(actor, AuditAction.REPLY_READ, letterId, "下载复函 DOCX");
        if (reply.status() == ReplyLetter.Status.DRAFT) {
            return store.get(reply.draftDocxSha256());
        }
        ReplyContent content = inputs.content(inputs.letter(letterId)).signedOff(DocumentNumber.parse(reply.replyNumber()),
                reply.signedAt().atZone(calendar.zone()).toLocalDate());
        return documents.docx(content, reply.kind());
    }

    /** The reply, to those whose duty covers the candidates it names (docs/rules.md#R21). */
    private ReplyLetter requireReply(Actor actor, String letterId) {
        inputs.letter(letterId).requireReplyInScopeOf(actor.username(), actor.roles());
        return replies.find(letterId).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "NO_REPLY",
                "该来函尚无复函", "the letter has no reply yet"));
    }
}
