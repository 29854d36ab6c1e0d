package com.creditquerydesk.application.intake;

import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.letter.IncomingLetterRepository;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.model.user.UserRepository;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import com.creditquerydesk.application.notice.NoticeService;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** An administrator reassigns a letter to another handler, with a reason (audited; docs/rules.md#R9). */
@ApplicationScoped
public class AssignmentService {

    @Inject
    IncomingLetterRepository letters;

    @Inject
    UserRepository users;

    @Inject
    AuditService audit;

    @Inject
    NoticeService notices;

    @Transactional
    public IncomingLetter reassign(Actor actor, String letterId, String handler, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("REASON_REQUIRED", "改派经办人须填写理由", "reassigning a letter needs a reason");
        }
        IncomingLetter letter = letters.find(letterId).orElseThrow(() -> LetterQueryService.notFound(letterId));
        if (letter.status().isClosed()) {
            throw new DomainException(Kind.CONFLICT, "LETTER_CLOSED", "来函已办结，不能改派", "the letter is closed");
        }
        boolean eligible = users.findByUsername(handler == null ? "" : handler.strip())
                .filter(u -> u.isActive() && u.hasRole(Role.HANDLER)).isPresent();
        if (!eligible) {
            throw new DomainException("HANDLER_INVALID", "改派对象须为启用的经办人账户：" + handler,
                    "the new handler must be an active handler account: " + handler);
        }
        String before = letter.handler();
        letter.reassign(handler.strip());
        notices.assigned(letter);
        audit.record(actor, AuditAction.LETTER_REASSIGNED, letterId, "经办人 " + users.nameAndLogin(before) + " → "
                + users.nameAndLogin(handler.strip()) + "，理由：" + reason.strip());
        return letter;
    }
}
