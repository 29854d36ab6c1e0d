package com.creditquerydesk.domain.model.screening;

import com.creditquerydesk.domain.model.screening.HitReview.Decision;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
     * Records a reviewer's decision on a hit. The reviewer must be a different person from the letter's
     * handler and from the clerk who confirmed the list (docs/rules.md#R8); an overturn needs its reason.
     */
    public Screening review(int index, String reviewer, String handler, String correctionClerk, Decision decision,
                            String note, Instant at) {
        if (reviewer.equals(handler) || reviewer.equals(correctionClerk)) {
            throw new DomainException(Kind.FORBIDDEN, "REVIEWER_NOT_INDEPENDENT",
                    "复核人不能是本函的经办人或校对员：命中结果须由另一人二次复核",
                    "the reviewer may not be the letter's handler or correction clerk: a hit needs a second person");
        }
        ScreeningResult r = result(index);
        if (!r.matched()) {
            throw new DomainException(Kind.CONFLICT, "NOT_A_HIT", "第 " + index + " 位查询对象未命中，无需复核",
                    "candidate " + index + " is not a hit; there is nothing to review");
        }
        if (r.review() != null) {
            throw new DomainException(Kind.CONFLICT, "ALREADY_REVIEWED", "第 " + index + " 位查询对象已复核",
                    "candidate " + index + " has been reviewed already");
        }
        if (decision == Decision.OVERTURNED && (note == null || note.isBlank())) {
            throw new DomainException("REVIEW_NOTE_REQUIRED", "推翻命中结果须填写理由", "overturning a hit needs a reason");
        }
        List<ScreeningResult> updated = new ArrayList<>(results);
        updated.set(index - 1, r.reviewed(new HitReview(decision, reviewer, note == null ? null : note.strip(), at)));
        return new Screening(letterId, registerVersion, screenedAt, screenedBy, updated);
    }

    public ScreeningResult result(int index) {
        if (index < 1 || index > results.size()) {
            throw new DomainException(Kind.NOT_FOUND, "RESULT_NOT_FOUND", "没有第 " + index + " 位查询对象",
                    "there is no candidate " + index);
        }
        return results.get(index - 1);
    }

    public long hitCount() {
        return results.stream().filter(r -> r.outcome() == ScreeningResult.Outcome.HIT).count();
    }

    public boolean hasMatches() {
        return results.stream().anyMatch(ScreeningResult::matched);
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
