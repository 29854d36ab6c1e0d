package com.creditquerydesk.infrastructure.persistence.jpa;

import com.creditquerydesk.domain.model.objection.Objection;
import com.creditquerydesk.domain.model.objection.ObjectionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaObjectionRepository implements ObjectionRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Objection> find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(Objection.class, id));
    }

    @Override
    public List<Objection> findByLetter(String letterId) {
        return em.createQuery("select o from Objection o where o.letterId = :l order by o.openedAt", Objection.class)
                .setParameter("l", letterId).getResultList();
    }

    @Override
    public List<Objection> findOpen() {
        return em.createQuery("select distinct o from Objection o join o.hops h where h.closedOn is null",
                Objection.class).getResultList();
    }

    @Override
    public List<Objection> openedBetween(Instant from, Instant until) {
        return em.createQuery("select o from Objection o where o.openedAt >= :from and o.openedAt < :until order by o.openedAt",
                Objection.class).setParameter("from", from).setParameter("until", until).getResultList();
    }

    @Override
    public void store(Objection objection) {
        if (!em.contains(objection) && em.find(Objection.class, objection.id()) == null) {
            em.persist(objection);
        }
    }
}
