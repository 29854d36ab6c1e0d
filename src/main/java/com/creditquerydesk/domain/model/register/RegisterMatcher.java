package com.creditquerydesk.domain.model.register;

/**
 * The hit rule (docs/rules.md#R16, docs/domain.md#masked-id): a record matches a candidate when the normalised names are
 * equal and every visible character of the record's number equals the candidate's (X case-insensitive;
 * full and legacy numbers compared after conversion). Same name with other digits, or the same digits
 * with another name, is not a hit; an organisation's credit code never matches a person.
 */
public final class RegisterMatcher {

    private RegisterMatcher() {
    }

    public static boolean matches(RegisterRecord record, ScreeningCandidate candidate) {
        return record.normalisedName().equals(candidate.normalisedName())
                && record.idNumber().matches(candidate.idNumber());
    }
}
