package com.creditquerydesk.application.reply;

import com.creditquerydesk.application.applicants.ApplicantScreeningService;
import com.creditquerydesk.application.calendar.CalendarService;
import com.creditquerydesk.application.intake.LetterQueryService;
import com.creditquerydesk.domain.model.applicants.ApplicantList;
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
import com.creditquerydesk.domain.model.screening.ScreeningResult;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;
import java.util.Set;

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
    ApplicantScreeningService applicants;

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

    /** Everyone who reviewed a hit of the letter's screening or of its applicant list (docs/rules.md#R19). */
    Set<String> hitReviewers(String letterId) {
        return screenings.find(letterId).map(Screening::hitReviewers)
                .orElseGet(() -> applicants.hitReviewers(applicantList(letterId).id()));
    }

    /** Whether anything matched, so that the letter went through the second review. */
    boolean hadMatches(String letterId) {
        return screenings.find(letterId).map(Screening::hasMatches)
                .orElseGet(() -> applicantList(letterId).counts().matched() > 0);
    }

    /** A letter screened by its applicant list instead of its own (docs/rules.md#R40). */
    private ApplicantList applicantList(String letterId) {
        return applicants.screened(letterId).orElseThrow(() -> new DomainException(Kind.CONFLICT, "NOT_SCREENED",
                "该来函尚未查询", "the letter has not been screened"));
    }

    ReplyLetter reply(String letterId, String code, String zh, String en) {
        return replies.find(letterId).orElseThrow(() -> new DomainException(Kind.CONFLICT, code, zh, en));
    }

    /** The draft content of the letter's reply, as of its screening. */
    ReplyContent content(IncomingLetter letter) {
        Optional<Screening> own = screenings.find(letter.id());
        if (own.isPresent()) {
            Screening screening = own.get();
            return ReplyContent.answering(letter.requestingUnit(), request(letter.id()), screening,
                    screening.screenedAt().atZone(calendar.zone()).toLocalDate(), centre.name(), centre.contact(),
                    centre.phone());
        }
        // an applicant list: the listed applicants, and the count of the others (docs/rules.md#R42)
        ApplicantList list = applicantList(letter.id());
        List<ScreeningResult> listed = applicants.standingHits(list.id());
        return ReplyContent.answeringList(letter.requestingUnit(), request(letter.id()), listed,
                list.counts().applicants() - listed.size(), list.finishedAt().atZone(calendar.zone()).toLocalDate(),
                centre.name(), centre.contact(), centre.phone());
    }

    ReplyKind kind(ExtractionResult request) {
        return ReplyKind.answering(QueryKind.answeredAs(request.queryKind()), centre.replyKind());
    }
}
