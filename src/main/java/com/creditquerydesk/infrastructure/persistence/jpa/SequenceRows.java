package com.creditquerydesk.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Creates a sequence's row in its own transaction, so a race between two first users cannot roll back either. */
@ApplicationScoped
public class SequenceRows {

    @PersistenceContext
    EntityManager em;

    @Inject
    SequenceRows self;

    public void ensureExists(String name) {
        try {
            self.create(name);
        } catch (RuntimeException e) {
            // another transaction created it first: that is all we wanted
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(String name) {
        em.createNativeQuery("INSERT INTO number_sequence (seq_name, last_value) VALUES (?1, 0)")
                .setParameter(1, name).executeUpdate();
    }
}
