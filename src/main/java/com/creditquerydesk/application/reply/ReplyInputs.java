package com.creditquerydesk.application.reply;

import com.creditquerydesk.application.calendar.CalendarService;
import com.creditquerydesk.application.intake.LetterQueryService;
import com.creditquerydesk.domain.model.extraction.ExtractionRepository;
import com.creditquerydesk.domain.model.extraction.ExtractionResult;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.letter.IncomingLetterRepository;
import com.creditquerydesk.domain.model.letter.QueryKind;
import com.creditquerydesk.domain.model.reply.ReplyContent;
import com.creditquerydesk.domain.model.reply.ReplyKind;
import com.creditquerydesk.domain.model.reply.ReplyLetter;
import com.creditquerydesk.domain.model.reply.ReplyLetterRepository;
import com.creditquerydesk.domain.model.screening.Screening;
import com.creditquerydesk.domain.model.screening.ScreeningRepository;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What every reply step reads: the letter, the request as confirmed, its screening, and the content they make. */
@ApplicationScoped
class ReplyInputs {

    @Inject
    IncomingLetterRepository letters;

    @Inject
    ExtractionRepository extractions;

    @Inject
    ScreeningRepository screenings;

    @Inject
    ReplyLetterRepository replies;

    @Inject
    CentreSettings centre;

    @Inject
    CalendarService calendar;

    IncomingLetter letter(String letterId) {
        return letters.find(letterId).orElseThrow(() -> LetterQueryService.notFound(letterId));
    }

    ExtractionResult request(String letterId) {
        return extractions.find(letterId).orElseThrow().result();
    }

    Screening screening(String letterId) {
        return screenings.find(letterId).orElseThrow(() -> new DomainException(Kind.CONFLICT, "NOT_SCREENED",
                "该来函尚未查询", "the letter has not been screened"));
    }

    ReplyLetter reply(String letterId, String code, String zh, String en) {
        return replies.find(letterId).orElseThrow(() -> new DomainException(Kind.CONFLICT, code, zh, en));
    }

    /** The draft content of the letter's reply, as of its screening. */
    ReplyContent content(IncomingLetter letter) {
        Screening screening = screening(letter.id());
        return ReplyContent.answering(letter.requestingUnit(), request(letter.id()), screening,
                screening.screenedAt().atZone(calendar.zone()).toLocalDate(), centre.name(), centre.contact(),
                centre.phone());
    }

    ReplyKind kind(ExtractionResult request) {
        return ReplyKind.answering(QueryKind.answeredAs(request.queryKind()), centre.replyKind());
    }
}
