package com.creditquerydesk.domain.model.screening;

import com.creditquerydesk.domain.shared.DomainException;

import java.time.Instant;
import java.util.Locale;

/** The second person's decision on a hit or possible hit (二次复审、复核、复查, docs/rules.md#R7, #R57). */
public record HitReview(Decision decision, String reviewer, String note, Instant at) {

    public enum Decision {
        CONFIRMED, OVERTURNED;

        /** The decision as a reviewer sends it: CONFIRM (确认命中) or OVERTURN (推翻), any case. */
        public static Decision parse(String text) {
            if (text == null || text.isBlank()) {
                throw new DomainException("DECISION_REQUIRED", "请选择复核结论：CONFIRM（确认命中）或 OVERTURN（推翻）",
                        "give the decision: CONFIRM or OVERTURN");
            }
            return switch (text.strip().toUpperCase(Locale.ROOT)) {
                case "CONFIRM", "CONFIRMED" -> CONFIRMED;
                case "OVERTURN", "OVERTURNED" -> OVERTURNED;
                default -> throw new DomainException("DECISION_UNKNOWN", "复核结论应为 CONFIRM 或 OVERTURN",
                        "the decision is CONFIRM or OVERTURN");
            };
        }
    }
}
