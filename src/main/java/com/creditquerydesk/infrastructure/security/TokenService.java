package com.creditquerydesk.infrastructure.security;

import com.creditquerydesk.domain.model.user.Tokens;
import com.creditquerydesk.domain.shared.Sha256;
import com.creditquerydesk.infrastructure.config.AppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Issues and checks bearer tokens (256 random bits) that end at an absolute time and after an idle time. Tokens
 * survive a server restart.
 */
@ApplicationScoped
public class TokenService implements Tokens {

    private final SecureRandom random = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    AppConfig config;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Issued issue(long userId) {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        Instant expires = now.plus(config.tokenTtl());
        em.persist(new AuthToken(Sha256.hex(token), userId, now, expires));
        return new Issued(token, expires);
    }

    @Override
    @Transactional
    public Optional<Long> userOf(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        AuthToken t = em.find(AuthToken.class, Sha256.hex(token));
        Instant now = clock.instant();
        if (t == null || !t.aliveAt(now, config.sessionIdle())) {
            return Optional.empty();
        }
        t.usedAt(now);
        return Optional.of(t.userId);
    }

    @Override
    @Transactional
    public void revoke(String token) {
        AuthToken t = em.find(AuthToken.class, Sha256.hex(token));
        if (t != null) {
            em.remove(t);
        }
    }

    @Override
    @Transactional
    public void revokeAllOf(long userId) {
        em.createQuery("delete from AuthToken t where t.userId = :u").setParameter("u", userId).executeUpdate();
    }

}
