package com.creditquerydesk.infrastructure.persistence.jpa;

import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.model.user.User;
import com.creditquerydesk.domain.model.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<User> findByUsername(String username) {
        return em.createQuery("select u from User u where u.username = :u", User.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    @Override
    public Optional<User> find(long id) {
        return Optional.ofNullable(em.find(User.class, id));
    }

    /**
     * The row is locked first, alone, and the account read after the lock is held. {@code em.find} with a lock mode
     * cannot do it on PostgreSQL: the account's role and terminal collections are joined in, FOR UPDATE cannot take
     * the outer-joined side, so Hibernate reads without a lock and locks afterwards by version, which fails with a
     * stale-state error (a 500) exactly when the other transaction it waited for changed the row. The lock is the
     * dialect's pessimistic write lock, on PostgreSQL FOR NO KEY UPDATE: a plain FOR UPDATE also blocks the key-share
     * lock every insert referencing the account takes (an audit entry, a challenge), so a log-in waiting for the
     * audit chain's head while holding the account deadlocked with one holding the head and inserting its challenge.
     */
    @Override
    public Optional<User> findForUpdate(long id) {
        List<Long> locked = em.createQuery("select u.id from User u where u.id = :id", Long.class)
                .setParameter("id", id).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        User user = em.find(User.class, id);
        em.refresh(user);
        return Optional.of(user);
    }

    @Override
    public List<User> findAll() {
        return em.createQuery("select u from User u order by u.username", User.class).getResultList();
    }

    @Override
    public List<User> findActiveWithRole(Role role) {
        return em.createQuery("select u from User u where u.active = true and :r member of u.roles order by u.id",
                User.class).setParameter("r", role).getResultList();
    }

    @Override
    public User store(User user) {
        if (user.id() == null) {
            em.persist(user);
            return user;
        }
        return em.merge(user);
    }
}
