package com.creditquerydesk.domain.model.extraction;

import com.creditquerydesk.domain.model.candidate.IdRepairResult;

import java.util.Optional;

/**
 * How a candidate's ID number stands: as {@link com.creditquerydesk.domain.model.candidate.IdNumberRepair} judged
 * the reading (VALID, REPAIRED, INVALID), or ACCEPTED once the clerk has checked a REPAIRED proposal against the
 * original (docs/rules.md#R2). The name is the value in the JSON contract.
 */
public enum IdCheck {
    VALID, REPAIRED, INVALID, ACCEPTED;

    public static IdCheck of(IdRepairResult.Status status) {
        return valueOf(status.name());
    }

    /** The check a JSON value names; anything else (or none) names none. */
    public static Optional<IdCheck> ofName(String name) {
        for (IdCheck c : values()) {
            if (c.name().equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** A repair of what was read: a proposal, or one the clerk accepted. */
    public boolean isRepair() {
        return this == REPAIRED || this == ACCEPTED;
    }
}
