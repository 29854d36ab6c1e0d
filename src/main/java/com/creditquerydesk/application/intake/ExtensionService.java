package com.creditquerydesk.application.intake;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.application.calendar.CalendarService;
import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.domain.model.letter.ContactChannel;
import com.creditquerydesk.domain.model.letter.Extension;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.letter.IncomingLetterRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** 延期: the letter's handler extends its due date after contacting the requesting unit (audited; docs/rules.md#R63). */
@ApplicationScoped
public class ExtensionService {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    IncomingLetterRepository letters;

    @Inject
    CalendarService calendar;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    /** What the handler gives: the new date, the reason and the contact made beforehand. */
    public record Request(LocalDate newDueDate, String reason, Instant contactedAt, String contactPerson,
                          ContactChannel contactChannel) {
    }

    @Transactional
    public IncomingLetter extend(Actor actor, String letterId, Request request) {
        IncomingLetter letter = letters.find(letterId).orElseThrow(() -> LetterQueryService.notFound(letterId));
        Extension extension = new Extension(request.reason(), request.contactedAt(), request.contactPerson(),
                request.contactChannel(), actor.username(), Instant.now(clock));
        LocalDate before = letter.dueDate();
        letter.extendDueDate(request.newDueDate(), extension, calendar.today(), calendar.calendar());
        audit.record(actor, AuditAction.LETTER_EXTENDED, letterId, "延期 " + letter.receiptNumber().value() + "：办理期限 "
                + before + " → " + letter.dueDate() + "，理由：" + extension.reason() + "；已于 "
                + MINUTE.format(extension.contactedAt().atZone(calendar.zone())) + " 通过"
                + extension.contactChannel().label() + "与查询申请单位 " + extension.contactPerson() + " 沟通");
        return letter;
    }
}
