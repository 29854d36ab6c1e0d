package com.creditquerydesk.infrastructure.persistence.jpa;

import com.creditquerydesk.domain.model.user.LoginChallenge;
import com.creditquerydesk.domain.model.user.LoginChallenges;
import com.creditquerydesk.domain.model.user.LoginThrottle;
import com.creditquerydesk.domain.model.user.SecondFactor;
import com.creditquerydesk.domain.shared.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class JpaLoginChallenges implements LoginChallenges {

    @PersistenceContext
    EntityManager em;

    @Override
    public LoginChallenge store(LoginChallenge challenge) {
        em.persist(challenge);
        return challenge;
    }

    @Override
    public Optional<LoginChallenge> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(LoginChallenge.class, Sha256.hex(token)));
    }

    @Override
    public long smsSentSince(long userId, Instant since) {
        return em.createQuery("select count(c) from LoginChallenge c where c.userId = :u and c.factor = :f"
                        + " and c.createdAt >= :t", Long.class)
                .setParameter("u", userId).setParameter("f", SecondFactor.SMS).setParameter("t", since)
                .getSingleResult();
    }

    @Override
    public Optional<Instant> lastSmsAt(long userId) {
        return Optional.ofNullable(em.createQuery("select max(c.createdAt) from LoginChallenge c where c.userId = :u"
                        + " and c.factor = :f", Instant.class)
                .setParameter("u", userId).setParameter("f", SecondFactor.SMS).getSingleResult());
    }

    @Override
    public Optional<LoginThrottle> throttle(String username, String source) {
        return Optional.ofNullable(em.find(LoginThrottle.class, LoginThrottle.key(username, source)));
    }

    @Override
    public LoginThrottle store(LoginThrottle throttle) {
        return em.contains(throttle) ? throttle : em.merge(throttle);
    }

    @Override
    public void clear(LoginThrottle throttle) {
        em.remove(em.contains(throttle) ? throttle : em.merge(throttle));
    }

    @Override
    public void clearAllOf(String username) {
        em.createQuery("delete from LoginThrottle t where t.username = :u")
                .setParameter("u", LoginThrottle.name(username)).executeUpdate();
    }

    @Override
    public Optional<Instant> blockedUntil(String username, Instant now) {
        return Optional.ofNullable(em.createQuery("select max(t.blockedUntil) from LoginThrottle t"
                        + " where t.username = :u and t.blockedUntil > :now", Instant.class)
                .setParameter("u", LoginThrottle.name(username)).setParameter("now", now).getSingleResult());
    }
}
