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
        if (em.find(NumberSequenceRow.class, name) != null) {
            return;
        }
        try {
            self.create(name);
        } catch (RuntimeException e) {
            // another transaction created it first: that is all we wanted
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(String name) {
        em.persist(new NumberSequenceRow(name));
    }
}
