package com.creditquerydesk.infrastructure.persistence.jpa;

import com.creditquerydesk.domain.model.followup.FollowUpLetter;
import com.creditquerydesk.domain.model.followup.FollowUpLetterRepository;
import com.creditquerydesk.domain.model.followup.FollowUpStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaFollowUpLetterRepository implements FollowUpLetterRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<FollowUpLetter> find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(FollowUpLetter.class, id));
    }

    @Override
    public Optional<FollowUpLetter> findByObjection(String objectionId) {
        return em.createQuery("select f from FollowUpLetter f where f.objectionId = :o", FollowUpLetter.class)
                .setParameter("o", objectionId).getResultStream().findFirst();
    }

    @Override
    public List<FollowUpLetter> findByLetter(String letterId) {
        return em.createQuery("select f from FollowUpLetter f where f.letterId = :l order by f.draftedAt",
                FollowUpLetter.class).setParameter("l", letterId).getResultList();
    }

    @Override
    public Optional<FollowUpLetter> findByVerificationCode(String code) {
        return em.createQuery("select f from FollowUpLetter f where f.verificationCode = :c", FollowUpLetter.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    @Override
    public List<FollowUpLetter> findUnsigned() {
        return em.createQuery("select f from FollowUpLetter f where f.status <> :s order by f.draftedAt",
                FollowUpLetter.class).setParameter("s", FollowUpStatus.SIGNED).getResultList();
    }

    @Override
    public void store(FollowUpLetter letter) {
        if (!em.contains(letter) && em.find(FollowUpLetter.class, letter.id()) == null) {
            em.persist(letter);
        }
    }
}
