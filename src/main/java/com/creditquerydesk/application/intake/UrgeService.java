package com.creditquerydesk.application.intake;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.application.notice.NoticeService;
import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.letter.IncomingLetterRepository;
import com.creditquerydesk.domain.model.letter.LetterStatus;
import com.creditquerydesk.domain.model.notice.NoticeKind;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.model.user.User;
import com.creditquerydesk.domain.model.user.UserRepository;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** 催办 (docs/rules.md#R84). */
@ApplicationScoped
public class UrgeService {

    static final int MAX_NOTE = 200;

    @Inject
    IncomingLetterRepository letters;

    @Inject
    UserRepository users;

    @Inject
    NoticeService notices;

    @Inject
    AuditService audit;

    /**
     * 催办 by an administrator, the principal officer or the 直接负责人 of the 联络表: the letter's handler is reminded, or, before it has one, every
     * correction clerk; audited (docs/rules.md#R84).
     */
    @Transactional
    public IncomingLetter urge(Actor actor, String letterId, String note) {
        if (users.findByUsername(actor.username()).filter(User::mayUrge).isEmpty()) {
            throw new DomainException(Kind.FORBIDDEN, "FORBIDDEN", "无权催办：催办由系统管理员、主要负责人或直接负责人进行",
                    "urging is for the system administrator, the principal officer or the directly responsible person");
        }
        IncomingLetter letter = letters.find(letterId).orElseThrow(() -> LetterQueryService.notFound(letterId));
        if (letter.status().isClosed() || letter.status().isWorking()) {
            throw new DomainException(Kind.CONFLICT, "LETTER_NOT_URGEABLE", "来函当前状态为 " + letter.status()
                    + "，无需催办：只催办等待人员办理的来函", "the letter is " + letter.status()
                    + "; only a letter waiting for someone can be urged");
        }
        String n = note == null ? "" : note.strip();
        if (n.length() > MAX_NOTE) {
            throw new DomainException("URGE_NOTE_TOO_LONG", "催办说明最多 " + MAX_NOTE + " 字",
                    "an urging note has at most " + MAX_NOTE + " characters");
        }
        List<String> to = letter.handler() != null && letter.status() != LetterStatus.EXTRACTED
                && letter.status() != LetterStatus.FAILED ? List.of(letter.handler())
                : users.findActiveWithRole(Role.CORRECTION_CLERK).stream().map(User::username).toList();
        String text = actor.displayName() + " 催办来函 " + NoticeService.describe(letter) + "，办理期限 " + letter.dueDate()
                + (n.isEmpty() ? "。" : "：" + n);
        to.forEach(r -> notices.notify(r, NoticeKind.URGED, letter, text));
        audit.record(actor, AuditAction.LETTER_URGED, letterId, "催办 " + letter.receiptNumber().value() + " → "
                + String.join("、", to) + (n.isEmpty() ? "" : "：" + n));
        return letter;
    }
}
