package com.creditquerydesk.domain.model.screening;

import com.creditquerydesk.domain.model.screening.HitReview.Decision;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One letter's check of its candidates against the register: which register version and when (so it can
 * be reproduced "as of" that time), the result per candidate and the reviews of its hits.
 */
public final class Screening {

    private final String letterId;
    private final int registerVersion;
    private final Instant screenedAt;
    private final String screenedBy;
    private final List<ScreeningResult> results;

    public Screening(String letterId, int registerVersion, Instant screenedAt, String screenedBy,
                     List<ScreeningResult> results) {
        this.letterId = letterId;
        this.registerVersion = registerVersion;
        this.screenedAt = screenedAt;
        this.screenedBy = screenedBy;
        this.results = List.copyOf(results);
    }

    /**
     * Records a reviewer's decision on a hit; an overturn needs its reason. Who may review is the letter's rule
     * ({@code IncomingLetter.checkHitReview}, docs/rules.md#R8).
     */
    public Screening review(int index, String reviewer, Decision decision, String note, Instant at) {
        List<ScreeningResult> updated = new ArrayList<>(results);
        updated.set(index - 1, result(index).review(reviewer, decision, note, at));
        return new Screening(letterId, registerVersion, screenedAt, screenedBy, updated);
    }

    /**
     * 批量确认: one reviewer confirms several exact hits of this letter at once, each recorded as its own review by
     * {@link #review}. All or nothing: the batch names each result once, every one an exact hit awaiting review; a
     * possible hit is compared with the page one at a time (docs/rules.md#R102, #R58).
     */
    public Screening confirmHits(List<Integer> indices, String reviewer, String note, Instant at) {
        if (indices == null || indices.isEmpty()) {
            throw new DomainException("BATCH_EMPTY", "请选择要确认的命中结果", "choose the hits to confirm");
        }
        if (Set.copyOf(indices).size() != indices.size()) {
            throw new DomainException("BATCH_DUPLICATE", "同一命中结果在批量确认中出现了不止一次",
                    "a hit is named more than once in the batch");
        }
        Screening reviewed = this;
        for (int index : indices) {
            if (result(index).possible()) {
                throw new DomainException(Kind.CONFLICT, "BATCH_POSSIBLE_HIT", "第 " + index
                        + " 位为疑似命中，须对照来函页面逐一复核，不能批量确认",
                        "candidate " + index + " is a possible hit: it is reviewed on its own, against the page");
            }
            reviewed = reviewed.review(index, reviewer, Decision.CONFIRMED, note, at);
        }
        return reviewed;
    }

    /** How many candidates matched, exactly or possibly, and how many of those await their review (docs/rules.md#R103). */
    public ReviewCounts reviewCounts() {
        return new ReviewCounts((int) results.stream().filter(ScreeningResult::flagged).count(),
                (int) results.stream().filter(ScreeningResult::awaitsReview).count());
    }

    /** @param flagged the candidates the register matched, exactly or possibly; @param awaiting those not yet reviewed */
    public record ReviewCounts(int flagged, int awaiting) {
    }

    /**
     * The screening as shown to someone whose duty covers only some candidates' personal data: the others' ID
     * numbers masked to their first 6 and last 4 characters (docs/rules.md#R21).
     */
    public Screening maskedExcept(Predicate<ScreeningResult> inFull) {
        return new Screening(letterId, registerVersion, screenedAt, screenedBy, results.stream()
                .map(r -> inFull.test(r) ? r : r.masked())
                .toList());
    }

    public ScreeningResult result(int index) {
        if (index < 1 || index > results.size()) {
            throw new DomainException(Kind.NOT_FOUND, "RESULT_NOT_FOUND", "没有第 " + index + " 位查询对象",
                    "there is no candidate " + index);
        }
        return results.get(index - 1);
    }

    /** Everyone who reviewed one of the hits or possible hits: none of them may sign the reply (docs/rules.md#R19). */
    public Set<String> hitReviewers() {
        return results.stream().map(ScreeningResult::review).filter(Objects::nonNull).map(HitReview::reviewer)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The candidates whose hit by the exact rule stands (docs/rules.md#R16); possible hits are counted apart. */
    public long hitCount() {
        return results.stream().filter(r -> r.matched() && r.outcome() == ScreeningResult.Outcome.HIT).count();
    }

    /** The candidates flagged only as possible hits, reviewed or not (docs/rules.md#R56). */
    public long possibleHitCount() {
        return results.stream().filter(ScreeningResult::possible).count();
    }

    /** The possible hits a reviewer confirmed (docs/rules.md#R57). */
    public long confirmedPossibleHitCount() {
        return results.stream().filter(r -> r.possible() && r.outcome() == ScreeningResult.Outcome.HIT).count();
    }

    /**
     * The screening's figures for the statistics (docs/rules.md#R74): candidates, those whose hit stands (exact, or a
     * possible hit confirmed), the register records those rest on, possible hits, and exact hits a reviewer overturned.
     */
    public ScreeningCounts counts() {
        return new ScreeningCounts(results.size(),
                (int) results.stream().filter(r -> r.outcome() == ScreeningResult.Outcome.HIT).count(),
                results.stream().mapToInt(r -> r.listedRecords().size()).sum(),
                (int) possibleHitCount(),
                (int) results.stream().filter(r -> r.matched() && r.outcome() == ScreeningResult.Outcome.NO_RECORD).count());
    }

    /** Whether a possible hit awaits its review: its reviewer may then see the letter's pages (docs/rules.md#R58). */
    public boolean possibleHitAwaitsReview() {
        return results.stream().anyMatch(r -> r.possible() && r.awaitsReview());
    }

    /** Whether anything matched, exactly or possibly: the letter then has its second review (docs/rules.md#R7, #R57). */
    public boolean hasMatches() {
        return results.stream().anyMatch(ScreeningResult::flagged);
    }

    public boolean awaitsReview() {
        return results.stream().anyMatch(ScreeningResult::awaitsReview);
    }

    public String letterId() {
        return letterId;
    }

    public int registerVersion() {
        return registerVersion;
    }

    public Instant screenedAt() {
        return screenedAt;
    }

    public String screenedBy() {
        return screenedBy;
    }

    public List<ScreeningResult> results() {
        return results;
    }
}
