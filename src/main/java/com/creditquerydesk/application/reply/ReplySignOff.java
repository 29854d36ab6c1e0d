package com.creditquerydesk.application.reply;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.reply.ReplyLetter;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import com.creditquerydesk.application.notice.NoticeService;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Set;

/**
 * The principal officer's steps (docs/rules.md#R4): return the draft to the handler, or sign it off, which in one
 * transaction numbers it (gap-free), renders the final PDF/A with the seal and signs it.
 */
@ApplicationScoped
public class ReplySignOff {

    @Inject
    ReplyInputs inputs;

    @Inject
    SignOffSteps steps;

    @Inject
    AuditService audit;

    @Inject
    NoticeService notices;

    @Inject
    Clock clock;

    /**
     * 签发. The next number of the year is taken under a row lock held to the end of this transaction, so
     * numbers are unique and gap-free even under concurrent sign-offs: if rendering or signing fails, the
     * whole transaction, number included, rolls back and nothing was ever issued under it.
     */
    @Transactional(dontRollbackOn = PasswordRefused.class)
    public ReplyLetter signOff(Actor actor, String letterId, char[] password, String challenge, String secondCode) {
        IncomingLetter letter = inputs.letter(letterId);
        ReplyLetter reply = inputs.reply(letterId, "NO_DRAFT", "尚无复函草稿", "there is no draft reply");
        Set<String> hitReviewers = inputs.hitReviewers(letterId);
        letter.checkSignOff(actor.username(), hitReviewers);
        if (reply.status() != ReplyLetter.Status.DRAFT) {
            throw new DomainException(Kind.CONFLICT, "REPLY_NOT_AWAITING_SIGN_OFF", "复函当前不在待签发状态",
                    "the reply is not awaiting sign-off");
        }
        steps.confirm(actor, password, challenge, secondCode, letterId);
        SignOffSteps.Signed signed = steps.issue(inputs.content(letter), reply.kind());
        reply.signOff(signed.number(), signed.serial(), clock.instant(), actor.username(), signed.sha256(), signed.code());
        letter.signOff(actor.username(), hitReviewers);
        audit.record(actor, AuditAction.REPLY_SIGNED_OFF, letterId, "签发复函 " + signed.number().value() + "，SHA-256 "
                + signed.sha256() + "，核验码 " + signed.code());
        return reply;
    }

    /** The officer sends the draft back to the handler with a comment. */
    @Transactional
    public ReplyLetter returnToHandler(Actor actor, String letterId, String comment) {
        IncomingLetter letter = inputs.letter(letterId);
        ReplyLetter reply = inputs.reply(letterId, "NO_DRAFT", "尚无复函草稿", "there is no draft reply");
        letter.returnDraft(actor.username(), comment, inputs.hadMatches(letterId), inputs.hitReviewers(letterId));
        reply.returnToHandler(comment);
        audit.record(actor, AuditAction.REPLY_RETURNED, letterId, "退回经办人修改：" + comment);
        notices.draftReturned(letter, actor.displayName(), reply.returnComment());
        return reply;
    }

    /** A wrong password or code at sign-off: audited, and the transaction still commits that record. */
    public static class PasswordRefused extends DomainException {
        PasswordRefused() {
            super(Kind.INVALID, "SIGN_OFF_PASSWORD_WRONG",
                    "密码或验证码错误（验证码 5 分钟内有效、只能用一次），未签发",
                    "wrong password or code (a code is good for 5 minutes, once); nothing was signed");
        }
    }
}
