package com.creditquerydesk.domain.model.ledger;

import java.util.Collection;
import java.util.List;

public interface LedgerMeasureRepository {

    /** The measures recorded for the candidates of these letters. */
    List<LedgerMeasure> forLetters(Collection<String> letterIds);

    /** Records the measure, replacing one recorded before for the same candidate. */
    void store(LedgerMeasure measure);
}
