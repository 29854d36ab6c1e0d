package com.creditquerydesk.domain.model.screening;

import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.domain.model.register.RegisterMatch;
import com.creditquerydesk.domain.model.register.ScreeningCandidate;
import com.creditquerydesk.domain.model.screening.HitReview.Decision;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;

import java.time.Instant;
import java.util.List;

/**
 * The result for one candidate, in the letter's order. A hit stays a hit until a reviewer overturns it;
 * an overturned hit reads as NO_RECORD with the review (and its reason) kept. A candidate with only
 * {@code possibleRecords} (same ID, near name: docs/rules.md#R56) is a POSSIBLE_HIT until a reviewer confirms it
 * (HIT) or overturns it (NO_RECORD) (docs/rules.md#R57).
 *
 * @param records         the records matched by the exact rule (docs/rules.md#R16)
 * @param possibleRecords the records whose ID agrees and whose name is near
 */
public record ScreeningResult(int index, String name, String idNumber, List<HitRecord> records,
                              List<PossibleRecord> possibleRecords, HitReview review) {

    public enum Outcome { NO_RECORD, HIT, POSSIBLE_HIT }

    public ScreeningResult {
        records = List.copyOf(records);
        possibleRecords = List.copyOf(possibleRecords);
    }

    /** The candidate's result from the register's matches of it (exact and possible), not yet reviewed. */
    public static ScreeningResult of(int index, ScreeningCandidate candidate, List<RegisterMatch> matches) {
        return new ScreeningResult(index, candidate.name(), candidate.idNumber().value(),
                matches.stream().filter(RegisterMatch::exact).map(m -> HitRecord.of(m.record(), m.addedInVersion())).toList(),
                matches.stream().filter(m -> !m.exact()).map(PossibleRecord::of).toList(), null);
    }

    /** Whether the register matched by the exact rule, before any review. */
    public boolean matched() {
        return !records.isEmpty();
    }

    /** Whether the register matched only possibly: no exact record, at least one near one. */
    public boolean possible() {
        return records.isEmpty() && !possibleRecords.isEmpty();
    }

    /** Whether anything matched, exactly or possibly: the candidate has its second review (docs/rules.md#R7, #R57). */
    public boolean flagged() {
        return !records.isEmpty() || !possibleRecords.isEmpty();
    }

    /** The result as it stands: a reviewed result is HIT when confirmed and NO_RECORD when overturned. */
    public Outcome outcome() {
        if (!flagged()) {
            return Outcome.NO_RECORD;
        }
        if (review == null) {
            return matched() ? Outcome.HIT : Outcome.POSSIBLE_HIT;
        }
        return review.decision() == Decision.CONFIRMED ? Outcome.HIT : Outcome.NO_RECORD;
    }

    public boolean awaitsReview() {
        return flagged() && review == null;
    }

    /**
     * The records the result rests on once it stands as a HIT: the exact ones, or for a confirmed possible hit the
     * near ones the reviewer confirmed (docs/rules.md#R57); none otherwise.
     */
    public List<HitRecord> listedRecords() {
        if (outcome() != Outcome.HIT) {
            return List.of();
        }
        return matched() ? records : possibleRecords.stream().map(PossibleRecord::record).toList();
    }

    /**
     * A reviewer's decision on this hit or possible hit; an overturn needs its reason, and so does confirming a
     * possible hit (docs/rules.md#R57). Who may review is the letter's rule ({@code IncomingLetter.checkHitReview},
     * docs/rules.md#R8). {@code index} names the candidate in messages: its place in the letter's list, or its row in
     * an applicant list.
     */
    public ScreeningResult review(String reviewer, Decision decision, String note, Instant at) {
        if (!flagged()) {
            throw new DomainException(Kind.CONFLICT, "NOT_A_HIT", "第 " + index + " 位查询对象未命中，无需复核",
                    "candidate " + index + " is not a hit; there is nothing to review");
        }
        if (review != null) {
            throw new DomainException(Kind.CONFLICT, "ALREADY_REVIEWED", "第 " + index + " 位查询对象已复核",
                    "candidate " + index + " has been reviewed already");
        }
        boolean noNote = note == null || note.isBlank();
        if (decision == Decision.OVERTURNED && noNote) {
            throw new DomainException("REVIEW_NOTE_REQUIRED", "推翻命中结果须填写理由", "overturning a hit needs a reason");
        }
        if (possible() && noNote) {
            throw new DomainException("REVIEW_NOTE_REQUIRED", "确认疑似命中须填写理由（与来函页面和名单记录比对的结论）",
                    "confirming a possible hit needs a reason (what the page and the record showed)");
        }
        return new ScreeningResult(index, name, idNumber, records, possibleRecords, new HitReview(decision, reviewer,
                noNote ? null : note.strip(), at));
    }

    /** The result as shown outside the duty that covers this person: the ID masked to 6 + 4 (docs/rules.md#R21). */
    public ScreeningResult masked() {
        return new ScreeningResult(index, name, IdNumber.mask(idNumber), records, possibleRecords, review);
    }
}
