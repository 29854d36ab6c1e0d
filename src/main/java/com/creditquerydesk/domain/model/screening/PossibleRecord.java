package com.creditquerydesk.domain.model.screening;

import com.creditquerydesk.domain.model.register.NameDifference;
import com.creditquerydesk.domain.model.register.RegisterMatch;

import java.util.Objects;

/**
 * A register record whose ID agrees with the candidate's but whose name is only near it (疑似命中, docs/rules.md#R56):
 * the record as it stood when the screening ran, its ID in the register's masked form only, and why it was flagged.
 */
public record PossibleRecord(HitRecord record, NameDifference difference) {

    public PossibleRecord {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(difference, "difference");
    }

    static PossibleRecord of(RegisterMatch m) {
        return new PossibleRecord(HitRecord.of(m.record(), m.addedInVersion()).withIdNumber(m.record().idNumber().maskedForm()),
                m.nameDifference());
    }
}
