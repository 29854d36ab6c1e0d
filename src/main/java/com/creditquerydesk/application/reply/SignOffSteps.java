package com.creditquerydesk.application.reply;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.application.calendar.CalendarService;
import com.creditquerydesk.application.user.AuthService;
import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.domain.model.letter.DocumentNumber;
import com.creditquerydesk.domain.model.reply.ReplyContent;
import com.creditquerydesk.domain.model.reply.ReplyKind;
import com.creditquerydesk.domain.model.reply.ReplyRenderer;
import com.creditquerydesk.domain.model.reply.VerificationLink;
import com.creditquerydesk.domain.shared.BlobStore;
import com.creditquerydesk.domain.model.sequence.NumberSequences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;

/**
 * What every 签发 does, a reply's as a 更正函's or a 不予受理告知's (docs/rules.md#R4, R90): the officer confirms with his
 * password (and second factor), then the letter takes the next number of the one gap-free sequence of the year and a
 * verification code. Called inside the sign-off's transaction, which holds the sequence's row lock to its end.
 */
@ApplicationScoped
class SignOffSteps {

    /** The sequence of replies and of every letter numbered with them: 陕信用函〔2026〕N号. */
    private static final String SEQUENCE = "REPLY-";

    @Inject
    NumberSequences sequences;

    @Inject
    CentreSettings centre;

    @Inject
    CalendarService calendar;

    @Inject
    AuthService auth;

    @Inject
    AuditService audit;

    @Inject
    ReplyRenderer documents;

    @Inject
    BlobStore store;

    /** A letter as signed off: its number, the code of its verification page and its signed PDF's SHA-256 in the store. */
    record Signed(DocumentNumber number, int serial, String code, String sha256) {
    }

    /** The password and, where the account needs one, the second factor again (docs/rules.md#R24); a refusal is audited. */
    void confirm(Actor actor, char[] password, String challenge, String secondCode, String letterId) {
        if (password == null || !auth.confirm(actor, password, challenge, secondCode)) {
            audit.record(actor, AuditAction.SIGN_OFF_PASSWORD_WRONG, letterId, "签发时密码或验证码确认失败");
            throw new ReplySignOff.PasswordRefused();
        }
    }

    /**
     * Numbers {@code draft} with the next number of this year's sequence (rolled back with the caller's transaction if
     * anything fails after), dates it today, renders the final PDF/A with the seal and signs it.
     */
    Signed issue(ReplyContent draft, ReplyKind kind) {
        LocalDate today = calendar.today();
        int serial = sequences.next(SEQUENCE + today.getYear());
        DocumentNumber number = new DocumentNumber(centre.issuerCode(), today.getYear(), serial);
        String code = VerificationLink.newCode();
        // The head as committed before this sign-off: the letter carries it under its signature (docs/rules.md#R32).
        byte[] signed = documents.signedPdf(draft.signedOff(number, today), kind, code, audit.head());
        return new Signed(number, serial, code, store.put(signed));
    }
}
