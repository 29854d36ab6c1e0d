package com.creditquerydesk.domain.model.register;

import java.util.Optional;

/**
 * The hit rule (docs/rules.md#R16, docs/domain.md#masked-id): a record matches a candidate when the normalised names are
 * equal and every visible character of the record's number equals the candidate's (X case-insensitive;
 * full and legacy numbers compared after conversion). Same name with other digits, or the same digits
 * with another name, is not a hit; an organisation's credit code never matches a person.
 *
 * <p>The safety net beside it (docs/rules.md#R56): the same digits with a near name ({@link NearNames}) is a possible
 * hit, which a reviewer decides; the same name with other digits stays nothing.
 */
public final class RegisterMatcher {

    private RegisterMatcher() {
    }

    public static boolean matches(RegisterRecord record, ScreeningCandidate candidate) {
        return record.normalisedName().equals(candidate.normalisedName())
                && record.idNumber().matches(candidate.idNumber());
    }

    /** How the names of a record whose ID agrees differ, when they are near; empty for an exact hit or a non-hit. */
    public static Optional<NameDifference> possibleMatch(RegisterRecord record, ScreeningCandidate candidate) {
        if (!record.idNumber().matches(candidate.idNumber())) {
            return Optional.empty();
        }
        return NearNames.standard().difference(candidate.normalisedName(), record.normalisedName());
    }
}
