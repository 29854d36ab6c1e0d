package com.creditquerydesk.domain.model.objection;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One hop of a route as the route file gives it: who passes the objection to whom, within how many working days of
 * the hop before (none for the national centre's review), and what it is (docs/rules.md#R86). The first hop, the
 * raise, has the objector as its party, known only when an objection is opened: {@code from} is null there.
 */
public record HopRule(ObjectionParty from, ObjectionParty to, Integer limitDays, String label) {

    public static final int MAX_LIMIT = 60;

    public HopRule {
        Objects.requireNonNull(to, "to");
        if (limitDays != null && (limitDays < 1 || limitDays > MAX_LIMIT)) {
            throw new IllegalArgumentException("a hop's limit is 1 to " + MAX_LIMIT + " working days");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a hop needs a label");
        }
        label = label.strip();
    }

    public OptionalInt limit() {
        return limitDays == null ? OptionalInt.empty() : OptionalInt.of(limitDays);
    }
}
