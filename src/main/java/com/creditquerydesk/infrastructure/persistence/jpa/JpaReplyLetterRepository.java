package com.creditquerydesk.infrastructure.persistence.jpa;

import com.creditquerydesk.domain.model.reply.ReplyLetter;
import com.creditquerydesk.domain.model.reply.ReplyLetterRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaReplyLetterRepository implements ReplyLetterRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<ReplyLetter> find(String letterId) {
        return Optional.ofNullable(em.find(ReplyLetter.class, letterId));
    }

    @Override
    public Optional<ReplyLetter> findByVerificationCode(String code) {
        return em.createQuery("select r from ReplyLetter r where r.verificationCode = :c", ReplyLetter.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    @Override
    public List<ReplyLetter> signedBetween(Instant from, Instant to) {
        return em.createQuery("select r from ReplyLetter r where r.signedAt >= :from and r.signedAt < :to",
                ReplyLetter.class).setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public void store(ReplyLetter reply) {
        if (!em.contains(reply) && em.find(ReplyLetter.class, reply.letterId()) == null) {
            em.persist(reply);
        }
    }
}
