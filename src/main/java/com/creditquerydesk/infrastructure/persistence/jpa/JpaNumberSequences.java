package com.creditquerydesk.infrastructure.persistence.jpa;

import com.creditquerydesk.domain.model.sequence.NumberSequences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Gap-free numbers by locking the sequence's row for the rest of the caller's transaction: a second
 * allocation waits until the first commits or rolls back, and a rollback returns the number.
 */
@ApplicationScoped
public class JpaNumberSequences implements NumberSequences {

    @PersistenceContext
    EntityManager em;

    @Inject
    SequenceRows rows;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int next(String sequenceName) {
        rows.ensureExists(sequenceName);
        NumberSequenceRow row = em.find(NumberSequenceRow.class, sequenceName, LockModeType.PESSIMISTIC_WRITE);
        row.lastValue++;
        return row.lastValue;
    }
}
