package com.creditquerydesk.application.intake;

import com.creditquerydesk.application.calendar.CalendarService;
import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.domain.model.audit.AuditRepository;
import com.creditquerydesk.domain.model.audit.LetterTimeline;
import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.domain.model.extraction.ExtractionRepository;
import com.creditquerydesk.domain.model.extraction.OriginalPages;
import com.creditquerydesk.domain.model.extraction.ExtractionRepository.LetterReading;
import com.creditquerydesk.domain.model.extraction.ExtractionRepository.PageImage;
import com.creditquerydesk.domain.model.letter.CentreNames;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.letter.IncomingLetterRepository;
import com.creditquerydesk.domain.model.letter.IncomingLetterRepository.LetterFilter;
import com.creditquerydesk.domain.model.letter.LetterStep;
import com.creditquerydesk.domain.model.screening.Screening;
import com.creditquerydesk.domain.model.screening.ScreeningRepository;
import com.creditquerydesk.domain.shared.BlobStore;
import com.creditquerydesk.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reading letters. A read that shows personal data (the original, the candidate list) is audited. */
@ApplicationScoped
public class LetterQueryService {

    @Inject
    IncomingLetterRepository letters;

    @Inject
    BlobStore store;

    @Inject
    AuditService audit;

    @Inject
    ExtractionRepository extractions;

    @Inject
    ScreeningRepository screenings;

    @Inject
    CentreNames centre;

    @Inject
    AuditRepository trail;

    @Inject
    CalendarService calendar;

    @Inject
    OriginalPages originalPages;

    /** A letter's 流程跟踪 from its audit trail (docs/rules.md#R94). */
    public record Timeline(IncomingLetter letter, LetterTimeline timeline) {
    }

    /**
     * The letter's 流程跟踪 from its audit trail (docs/rules.md#R94): for everyone who may see the letter; it shows who
     * did what and when, no personal data, so reading it is not recorded.
     */
    @Transactional
    public Timeline timeline(String id) {
        IncomingLetter letter = get(id);
        return new Timeline(letter, LetterTimeline.of(trail.forLetter(id), calendar.calendar(), calendar.zone()));
    }

    /**
     * A letter with what was read from it (null until read).
     *
     * @param inFull   whether the reader's duty covers the personal data (else IDs are shown masked)
     * @param refusals the steps the letter awaits that the reader's roles give him but he may not take, and why
     *
     * {@code sameRequest}: other letters of the same unit under the same 文号 (docs/rules.md#R73);
     * {@code addressedElsewhere}: the addressee read, when it is not this centre (docs/rules.md#R85), else null.
     */
    public record LetterWithReading(IncomingLetter letter, LetterReading reading, boolean inFull,
                                    Map<LetterStep, DomainException> refusals, List<IncomingLetter> sameRequest,
                                    String addressedElsewhere) {
    }

    public record Page<T>(List<T> items, long total, int offset, int limit) {
    }

    /**
     * One page of the letters the filter finds. A search with the search box filled is recorded, the term masked when it
     * is an ID or part of one (docs/rules.md#R92); plain paging through a list is not.
     */
    @Transactional
    public Page<IncomingLetter> search(Actor actor, LetterFilter filter, int offset, int limit) {
        Page<IncomingLetter> page = new Page<>(letters.search(filter, offset, limit), letters.count(filter), offset,
                limit);
        if (filter.term() != null) {
            audit.record(actor, AuditAction.LETTER_SEARCHED, null, "检索来函「" + filter.term().audited() + "」（"
                    + filter.term().kind().label() + "），找到 " + page.total() + " 件");
        }
        return page;
    }

    public IncomingLetter get(String id) {
        return letters.find(id).orElseThrow(() -> notFound(id));
    }

    /**
     * The letter with what was read from it: in full to those whose duty covers it, the read then recorded;
     * masked to everyone else, unrecorded (docs/rules.md#R21).
     */
    @Transactional
    public LetterWithReading read(Actor actor, String id) {
        IncomingLetter letter = get(id);
        boolean inFull = letter.personalDataInScopeOf(actor.username(), actor.roles());
        if (inFull) {
            audit.record(actor, AuditAction.LETTER_READ, id, "查看来函 " + letter.receiptNumber().value());
        }
        Set<String> hitReviewers = screenings.find(id).map(Screening::hitReviewers).orElse(Set.of());
        LetterReading reading = extractions.find(id).orElse(null);
        return new LetterWithReading(letter, reading, inFull, letter.refusals(actor.username(), actor.roles(),
                hitReviewers), letters.findSameRequest(letter),
                reading == null ? null : centre.elsewhere(reading.result().addressee()).orElse(null));
    }

    /**
     * One page image the letter was read from (PNG), as the correction view shows it beside the fields and the review
     * page beside a possible hit's record (docs/rules.md#R58).
     */
    @Transactional
    public byte[] pageImage(Actor actor, String id, int page) {
        IncomingLetter letter = get(id);
        letter.requirePagesInScopeOf(actor.username(), actor.roles(),
                screenings.find(id).map(Screening::possibleHitAwaitsReview).orElse(false));
        PageImage image = extractions.find(id).flatMap(r -> r.pages().stream()
                        .filter(p -> p.number() == page && p.sha256() != null).findFirst())
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "PAGE_NOT_FOUND",
                        "来函 " + letter.receiptNumber().value() + " 没有第 " + page + " 页的页面图像",
                        "letter " + letter.receiptNumber().value() + " has no image of page " + page));
        audit.record(actor, AuditAction.LETTER_PAGE_READ, id, "查看页面图像 第 " + page + " 页");
        return store.get(image.sha256());
    }

    /**
     * Page {@code page} of a scanned letter as received, before pre-processing (原图, docs/rules.md#R68): under the
     * same duty as the page images, and recorded the same way.
     */
    @Transactional
    public byte[] originalPage(Actor actor, String id, int page) {
        IncomingLetter letter = get(id);
        letter.requirePagesInScopeOf(actor.username(), actor.roles(),
                screenings.find(id).map(Screening::possibleHitAwaitsReview).orElse(false));
        byte[] png = originalPages.png(store.get(letter.original().sha256()), letter.original().mediaType(), page);
        audit.record(actor, AuditAction.LETTER_PAGE_READ, id, "查看原件图像 第 " + page + " 页");
        return png;
    }

    @Transactional
    public byte[] original(Actor actor, String id) {
        IncomingLetter letter = inScope(actor, id);
        audit.record(actor, AuditAction.LETTER_FILE_READ, id, "下载来函原件 " + letter.receiptNumber().value());
        return store.get(letter.original().sha256());
    }

    /** Attachment {@code n} (1-based) of the letter, under the same duty as the original (docs/rules.md#R21). */
    @Transactional
    public byte[] attachment(Actor actor, String id, int n) {
        IncomingLetter letter = inScope(actor, id);
        if (n < 1 || n > letter.attachments().size()) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "ATTACHMENT_NOT_FOUND",
                    "来函 " + letter.receiptNumber().value() + " 没有第 " + n + " 个附件",
                    "letter " + letter.receiptNumber().value() + " has no attachment " + n);
        }
        audit.record(actor, AuditAction.LETTER_FILE_READ, id, "下载来函附件 " + n + " " + letter.receiptNumber().value());
        return store.get(letter.attachments().get(n - 1).sha256());
    }

    /** The original and its pages show every ID in clear: only to those whose duty covers them (docs/rules.md#R21). */
    private IncomingLetter inScope(Actor actor, String id) {
        IncomingLetter letter = get(id);
        letter.requirePersonalDataInScopeOf(actor.username(), actor.roles());
        return letter;
    }

    public static DomainException notFound(String id) {
        return new DomainException(DomainException.Kind.NOT_FOUND, "LETTER_NOT_FOUND", "来函不存在：" + id,
                "no such letter: " + id);
    }
}
