package com.creditquerydesk.infrastructure.persistence.jpa;

import com.creditquerydesk.domain.model.sequence.NumberSequences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Gap-free numbers: one UPDATE increments the sequence's row and holds its lock to the end of the caller's
 * transaction, so a second allocation waits until the first commits or rolls back, and a rollback gives the
 * number back. (Reading the row first and locking it after would let two transactions start from the same value.)
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
        if (increment(sequenceName) == 0) {
            rows.ensureExists(sequenceName);
            if (increment(sequenceName) == 0) {
                throw new IllegalStateException("number sequence " + sequenceName + " could not be created");
            }
        }
        return ((Number) em.createNativeQuery("SELECT last_value FROM number_sequence WHERE seq_name = ?1")
                .setParameter(1, sequenceName).getSingleResult()).intValue();
    }

    private int increment(String sequenceName) {
        return em.createNativeQuery("UPDATE number_sequence SET last_value = last_value + 1 WHERE seq_name = ?1")
                .setParameter(1, sequenceName).executeUpdate();
    }
}
