package com.creditquerydesk.application.screening;

import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.domain.model.screening.HitReview.Decision;
import com.creditquerydesk.domain.model.screening.ScreeningResult;

import java.util.stream.Collectors;

/**
 * What the trail records of a reviewer's decision on a hit or a possible hit, for a letter's candidate and an
 * applicant list's row alike (docs/rules.md#R13, #R57): the action, and on whom, with the register's names and the
 * reasons a possible hit was flagged.
 */
public final class ReviewTrail {

    private ReviewTrail() {
    }

    public static AuditAction action(ScreeningResult reviewed, Decision decision) {
        if (reviewed.possible()) {
            return decision == Decision.CONFIRMED ? AuditAction.POSSIBLE_HIT_CONFIRMED : AuditAction.POSSIBLE_HIT_OVERTURNED;
        }
        return decision == Decision.CONFIRMED ? AuditAction.HIT_CONFIRMED : AuditAction.HIT_OVERTURNED;
    }

    /** @param whom the candidate's place: "第 3 位" or "招聘人员名单第 12 行" */
    public static String detail(String whom, ScreeningResult reviewed, Decision decision, String note) {
        StringBuilder s = new StringBuilder(action(reviewed, decision).label()).append("：").append(whom).append(' ')
                .append(reviewed.name()).append(' ').append(IdNumber.mask(reviewed.idNumber()));
        if (reviewed.possible()) {
            s.append("，名单记录 ").append(reviewed.possibleRecords().stream()
                    .map(p -> p.record().name() + "（" + p.difference().label() + "）").collect(Collectors.joining("、")));
        }
        if (note != null && !note.isBlank()) {
            s.append("，理由：").append(note.strip());
        }
        return s.toString();
    }
}
