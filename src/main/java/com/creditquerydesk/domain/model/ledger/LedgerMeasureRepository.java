package com.creditquerydesk.domain.model.ledger;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

public interface LedgerMeasureRepository {

    /** The measures recorded for the candidates of these letters. */
    List<LedgerMeasure> forLetters(Collection<String> letterIds);

    /**
     * A screened letter of the handler's whose ledger rows are not all filed: when it was screened, its candidates and
     * how many of them have their measure (docs/rules.md#R77).
     */
    record Unfiled(String letterId, Instant screenedAt, int candidates, int filed) {
    }

    /** The letters of {@code handler} screened since {@code since}, not voided, with rows still to file, oldest first. */
    List<Unfiled> unfiledOf(String handler, Instant since);

    /** Records the measure, replacing one recorded before for the same candidate. */
    void store(LedgerMeasure measure);
}
