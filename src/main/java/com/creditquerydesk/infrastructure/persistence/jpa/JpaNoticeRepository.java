package com.creditquerydesk.infrastructure.persistence.jpa;

import com.creditquerydesk.domain.model.notice.Notice;
import com.creditquerydesk.domain.model.notice.NoticeKind;
import com.creditquerydesk.domain.model.notice.NoticeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaNoticeRepository implements NoticeRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Notice store(Notice notice) {
        em.persist(notice);
        return notice;
    }

    @Override
    public Optional<Notice> find(long id) {
        return Optional.ofNullable(em.find(Notice.class, id));
    }

    @Override
    public List<Notice> latest(String recipient, int limit) {
        return em.createQuery("select n from Notice n where n.recipient = :r order by n.createdAt desc, n.id desc",
                Notice.class).setParameter("r", recipient).setMaxResults(limit).getResultList();
    }

    @Override
    public long unread(String recipient) {
        return em.createQuery("select count(n) from Notice n where n.recipient = :r and n.readAt is null", Long.class)
                .setParameter("r", recipient).getSingleResult();
    }

    @Override
    public int markAllRead(String recipient, Instant now) {
        return em.createQuery("update Notice n set n.readAt = :now where n.recipient = :r and n.readAt is null")
                .setParameter("now", now).setParameter("r", recipient).executeUpdate();
    }

    @Override
    public boolean exists(String recipient, NoticeKind kind, String letterId, LocalDate day) {
        return !em.createQuery("select n.id from Notice n where n.letterId = :l and n.kind = :k and n.day = :d"
                        + " and n.recipient = :r", Long.class)
                .setParameter("l", letterId).setParameter("k", kind).setParameter("d", day).setParameter("r", recipient)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** The row lock makes the second of two simultaneous claims wait, then find the day taken (0 rows updated). */
    @Override
    public boolean claimDigest(LocalDate day, Instant now, String node) {
        return em.createNativeQuery("update digest_state set last_day = ?1, node = ?2, claimed_at = ?3"
                        + " where id = 1 and (last_day is null or last_day < ?1)")
                .setParameter(1, day).setParameter(2, node).setParameter(3, now).executeUpdate() == 1;
    }
}
