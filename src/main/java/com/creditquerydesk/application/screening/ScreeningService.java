package com.creditquerydesk.application.screening;

import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.application.intake.LetterQueryService;
import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.domain.model.extraction.ExtractionRepository;
import com.creditquerydesk.domain.model.extraction.ExtractionResult.ExtractedCandidate;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.letter.LetterStatus;
import com.creditquerydesk.domain.model.letter.IncomingLetterRepository;
import com.creditquerydesk.domain.model.register.RegisterMatch;
import com.creditquerydesk.domain.model.register.RegisterRepository;
import com.creditquerydesk.domain.model.register.RegisterVersion;
import com.creditquerydesk.domain.model.register.ScreeningCandidate;
import com.creditquerydesk.domain.model.screening.HitReview.Decision;
import com.creditquerydesk.domain.model.screening.Screening;
import com.creditquerydesk.domain.model.screening.ScreeningRepository;
import com.creditquerydesk.domain.model.screening.ScreeningResult;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import com.creditquerydesk.application.notice.NoticeService;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * 查询: checks every candidate of a verified letter against the register, records the register version
 * and time it used, and takes the reviewers' decisions on hits (二次复审, docs/rules.md#R7, #R8).
 */
@ApplicationScoped
public class ScreeningService {

    @Inject
    IncomingLetterRepository letters;

    @Inject
    ExtractionRepository extractions;

    @Inject
    RegisterRepository register;

    @Inject
    ScreeningRepository screenings;

    @Inject
    AuditService audit;

    @Inject
    NoticeService notices;

    @Inject
    Clock clock;

    @Transactional
    public Screening screen(Actor actor, String letterId) {
        IncomingLetter letter = letter(letterId);
        letter.checkScreening(actor.username());
        RegisterVersion version = register.latestVersion().orElseThrow(() -> new DomainException(Kind.CONFLICT,
                "REGISTER_EMPTY", "尚未导入失信被执行人名单，无法查询", "no register has been imported yet"));
        List<ScreeningCandidate> candidates = candidates(letterId);
        Screening screening = new Screening(letterId, version.number(), clock.instant(), actor.username(),
                results(candidates, register.findMatches(candidates, version.number())));
        letter.recordScreening(actor.username(), screening.hasMatches());
        screenings.store(screening);
        audit.record(actor, AuditAction.SCREENED, letterId, "查询 " + candidates.size() + " 人，命中 " + screening.hitCount()
                + " 人，疑似命中 " + screening.possibleHitCount() + " 人，名单版本 " + version.number());
        if (letter.status() == LetterStatus.IN_REVIEW) {
            notices.hitsAwaitReview(letter, screening.hitCount() + screening.possibleHitCount());
        }
        return screening;
    }

    /**
     * The stored screening; with {@code asOf}, the same candidates checked against the register as it stood then.
     * In full to the letter's handler, the hits in full to their reviewer, masked to everyone else; a read that
     * showed an ID in full is recorded (docs/rules.md#R21).
     */
    @Transactional
    public Screening get(Actor actor, String letterId, Instant asOf) {
        IncomingLetter letter = letter(letterId);
        Screening stored = screenings.find(letterId).orElseThrow(() -> new DomainException(Kind.NOT_FOUND,
                "NOT_SCREENED", "来函 " + letter.receiptNumber().value() + " 尚未查询",
                "letter " + letter.receiptNumber().value() + " has not been screened"));
        boolean all = letter.personalDataInScopeOf(actor.username(), actor.roles());
        boolean hits = all || letter.hitsInScopeOf(actor.username(), actor.roles());
        if (hits) {
            audit.record(actor, AuditAction.SCREENING_READ, letterId, asOf == null ? "查看查询结果" : "按 " + asOf + " 时点重现查询结果");
        }
        Screening shown = stored;
        if (asOf != null) {
            shown = rescreen(letterId, register.versionAt(asOf).map(RegisterVersion::number).orElse(0), asOf,
                    stored.screenedBy());
        }
        return all ? shown : shown.maskedExcept(r -> hits && r.flagged());
    }

    /**
     * The letter's candidates checked again against one register version (0: before the first, nothing listed), as a
     * screening at {@code at} by {@code by}; stored nowhere, audited by the caller (docs/rules.md#R12, #R78).
     */
    @Transactional
    public Screening rescreen(String letterId, int version, Instant at, String by) {
        List<ScreeningCandidate> candidates = candidates(letterId);
        return new Screening(letterId, version, at, by,
                results(candidates, version == 0 ? List.of() : register.findMatches(candidates, version)));
    }

    @Transactional
    public Screening review(Actor actor, String letterId, int index, Decision decision, String note) {
        return reviewed(actor, letterId, s -> s.review(index, actor.username(), decision, note, clock.instant()),
                List.of(index), decision, note, "");
    }

    /**
     * 批量确认: several exact hits of the letter confirmed by one reviewer, under the same rule as one (the letter's
     * {@code checkHitReview}), each reviewed and audited on its own; all or none (docs/rules.md#R102).
     */
    @Transactional
    public Screening confirmHits(Actor actor, String letterId, List<Integer> indices, String note) {
        return reviewed(actor, letterId, s -> s.confirmHits(indices, actor.username(), note, clock.instant()),
                indices, Decision.CONFIRMED, note, "（批量确认 " + indices.size() + " 人）");
    }

    /**
     * The counts of flagged and unreviewed candidates of each of these letters that has a screening, for the queues
     * (docs/rules.md#R103): figures only, so no personal data is read and nothing is audited.
     */
    @Transactional
    public Map<String, Screening.ReviewCounts> reviewCounts(Collection<String> letterIds) {
        Map<String, Screening.ReviewCounts> counts = new LinkedHashMap<>();
        for (String id : new LinkedHashSet<>(letterIds)) {
            screenings.find(id).ifPresent(s -> counts.put(id, s.reviewCounts()));
        }
        return counts;
    }

    private Screening reviewed(Actor actor, String letterId, UnaryOperator<Screening> review, List<Integer> indices,
                               Decision decision, String note, String batch) {
        IncomingLetter letter = letter(letterId);
        letter.checkHitReview(actor.username());
        Screening reviewed = review.apply(screenings.find(letterId).orElseThrow());
        screenings.store(reviewed);
        for (int index : indices) {
            ScreeningResult r = reviewed.result(index);
            audit.record(actor, ReviewTrail.action(r, decision), letterId,
                    ReviewTrail.detail("第 " + index + " 位" + batch, r, decision, note));
        }
        if (!reviewed.awaitsReview()) {
            letter.completeReview(actor.username());
            audit.record(actor, AuditAction.REVIEW_COMPLETED, letterId, "全部命中结果已复核，确认命中 " + reviewed.hitCount() + " 人"
                    + (reviewed.possibleHitCount() == 0 ? "" : "，疑似命中 " + reviewed.possibleHitCount() + " 人中确认 "
                    + reviewed.confirmedPossibleHitCount() + " 人"));
        }
        // The reviewer's duty covers the hits and possible hits only (docs/rules.md#R21).
        return reviewed.maskedExcept(ScreeningResult::flagged);
    }

    private static List<ScreeningResult> results(List<ScreeningCandidate> candidates, List<RegisterMatch> matches) {
        Map<ScreeningCandidate, List<RegisterMatch>> by = RegisterMatch.byCandidate(matches);
        List<ScreeningResult> results = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            ScreeningCandidate c = candidates.get(i);
            results.add(ScreeningResult.of(i + 1, c, by.getOrDefault(c, List.of())));
        }
        return results;
    }

    private List<ScreeningCandidate> candidates(String letterId) {
        List<ScreeningCandidate> list = new ArrayList<>();
        for (ExtractedCandidate c : extractions.find(letterId).orElseThrow().result().candidates()) {
            list.add(new ScreeningCandidate(c.name(), IdNumber.parse(c.idNumber())));
        }
        return list;
    }

    private IncomingLetter letter(String letterId) {
        return letters.find(letterId).orElseThrow(() -> LetterQueryService.notFound(letterId));
    }
}
