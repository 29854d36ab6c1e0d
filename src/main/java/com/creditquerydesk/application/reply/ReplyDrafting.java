package com.creditquerydesk.application.reply;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.reply.ReplyContent;
import com.creditquerydesk.domain.model.reply.ReplyKind;
import com.creditquerydesk.domain.model.reply.ReplyLetter;
import com.creditquerydesk.domain.model.reply.ReplyLetterRepository;
import com.creditquerydesk.domain.model.reply.ReplyRenderer;
import com.creditquerydesk.domain.shared.BlobStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

/** The handler drafts the reply on its template: the result and nothing else (docs/rules.md#R3). */
@ApplicationScoped
public class ReplyDrafting {

    @Inject
    ReplyInputs inputs;

    @Inject
    ReplyLetterRepository replies;

    @Inject
    ReplyRenderer documents;

    @Inject
    BlobStore store;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Transactional
    public ReplyLetter draft(Actor actor, String letterId) {
        IncomingLetter letter = inputs.letter(letterId);
        letter.draftReply(actor.username());
        ReplyKind kind = inputs.kind(inputs.request(letterId));
        ReplyContent content = inputs.content(letter);
        byte[] pdf = documents.draftPdf(content, kind);
        byte[] docx = documents.docx(content, kind);
        ReplyLetter reply = replies.find(letterId).orElseGet(() -> new ReplyLetter(letterId, kind));
        reply.redraft(kind, clock.instant(), actor.username(), store.put(pdf), store.put(docx));
        replies.store(reply);
        audit.record(actor, AuditAction.REPLY_DRAFTED, letterId, "起草复函（" + kind.label() + "），查询对象 " + content.rows().size()
                + " 人，其中失信联合惩戒对象 " + content.hitCount() + " 人");
        return reply;
    }
}
