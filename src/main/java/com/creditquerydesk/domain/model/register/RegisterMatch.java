package com.creditquerydesk.domain.model.register;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A register record that matched a candidate, with the versions bounding its validity
 * ({@code removedInVersion} is null while the record is still listed). {@code nameDifference} is null for a hit by
 * the exact rule (docs/rules.md#R16) and says why the names differ for a possible hit (docs/rules.md#R56).
 */
public record RegisterMatch(ScreeningCandidate candidate, RegisterRecord record, int addedInVersion,
                            Integer removedInVersion, NameDifference nameDifference) {

    public RegisterMatch {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(record, "record");
    }

    /** The record as the rules of R16 and R56 judge it against the candidate; empty when it is neither. */
    public static Optional<RegisterMatch> judge(ScreeningCandidate candidate, RegisterRecord record, int addedInVersion,
                                                Integer removedInVersion) {
        if (RegisterMatcher.matches(record, candidate)) {
            return Optional.of(new RegisterMatch(candidate, record, addedInVersion, removedInVersion, null));
        }
        return RegisterMatcher.possibleMatch(record, candidate)
                .map(d -> new RegisterMatch(candidate, record, addedInVersion, removedInVersion, d));
    }

    /** A hit by the exact rule. */
    public boolean exact() {
        return nameDifference == null;
    }

    /** The matches of each candidate, in the order found (a candidate that matched nothing is absent). */
    public static Map<ScreeningCandidate, List<RegisterMatch>> byCandidate(List<RegisterMatch> matches) {
        Map<ScreeningCandidate, List<RegisterMatch>> by = new LinkedHashMap<>();
        for (RegisterMatch m : matches) {
            by.computeIfAbsent(m.candidate(), c -> new ArrayList<>()).add(m);
        }
        return by;
    }
}
