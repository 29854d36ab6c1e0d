package com.creditquerydesk.application.intake;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.letter.IncomingLetterRepository;
import com.creditquerydesk.domain.model.letter.Rejection;
import com.creditquerydesk.domain.model.letter.RejectionReason;
import com.creditquerydesk.domain.model.letter.Voiding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Letters that are not answered as received: 退回 / 不予受理 (docs/rules.md#R64) and 作废 (docs/rules.md#R65). Both keep
 * the letter, its receipt number and its files; each is audited.
 */
@ApplicationScoped
public class RejectionService {

    @Inject
    IncomingLetterRepository letters;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Transactional
    public IncomingLetter reject(Actor actor, String letterId, RejectionReason reason, String note) {
        IncomingLetter letter = letters.find(letterId).orElseThrow(() -> LetterQueryService.notFound(letterId));
        letter.reject(actor.roles(), new Rejection(reason, note, actor.username(), Instant.now(clock)));
        audit.record(actor, AuditAction.LETTER_REJECTED, letterId, letter.receiptNumber().value() + " " + letter.statusReason());
        return letter;
    }

    @Transactional
    public IncomingLetter voidRegistration(Actor actor, String letterId, String reason) {
        IncomingLetter letter = letters.find(letterId).orElseThrow(() -> LetterQueryService.notFound(letterId));
        String before = letter.status().name();
        letter.voidRegistration(new Voiding(reason, actor.username(), Instant.now(clock)));
        audit.record(actor, AuditAction.LETTER_VOIDED, letterId, letter.receiptNumber().value() + "（原状态 "
                + before + "）" + letter.statusReason());
        return letter;
    }
}
