package com.creditquerydesk.infrastructure.persistence.jpa;

import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.letter.IncomingLetterRepository;
import com.creditquerydesk.domain.model.letter.LetterStatus;
import com.creditquerydesk.infrastructure.config.AppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaIncomingLetterRepository implements IncomingLetterRepository {

    @PersistenceContext
    EntityManager em;

    /** Days in the filters are the centre's days. */
    @Inject
    AppConfig config;

    @Override
    public Optional<IncomingLetter> find(String id) {
        return Optional.ofNullable(em.find(IncomingLetter.class, id));
    }

    @Override
    public Optional<IncomingLetter> findBySha256(String sha256) {
        // The letter whose original or one of whose attachments is this file (docs/rules.md#R38).
        Optional<IncomingLetter> byOriginal = em.createQuery(
                        "select l from IncomingLetter l where l.original.sha256 = :h", IncomingLetter.class)
                .setParameter("h", sha256).getResultStream().findFirst();
        return byOriginal.isPresent() ? byOriginal : em.createQuery(
                        "select l from IncomingLetter l join l.attachments a where a.sha256 = :h", IncomingLetter.class)
                .setParameter("h", sha256).getResultStream().findFirst();
    }

    @Override
    public List<IncomingLetter> findSameRequest(IncomingLetter letter) {
        if (letter.requestingUnit() == null || letter.docNumber() == null) {
            return List.of();
        }
        return em.createQuery("select l from IncomingLetter l where l.requestingUnit = :u and l.docNumber = :n"
                        + " and l.id <> :id and l.status <> :voided order by l.receivedAt", IncomingLetter.class)
                .setParameter("u", letter.requestingUnit()).setParameter("n", letter.docNumber())
                .setParameter("id", letter.id()).setParameter("voided", LetterStatus.VOIDED).getResultList();
    }

    @Override
    public IncomingLetter store(IncomingLetter letter) {
        if (em.contains(letter)) {
            return letter;
        }
        if (em.find(IncomingLetter.class, letter.id()) == null) {
            em.persist(letter);
            return letter;
        }
        return em.merge(letter);
    }

    @Override
    public List<IncomingLetter> search(LetterFilter filter, int offset, int limit) {
        Map<String, Object> p = params(filter);
        String order = filter.overdueFirst()
                ? " order by case when l.dueDate < :today and l.status not in :closed"
                  + " then 0 else 1 end, l.dueDate, l.receivedAt desc"
                : " order by l.receivedAt desc";
        if (filter.overdueFirst()) {
            p.put("today", filter.today());
            p.put("closed", Arrays.stream(LetterStatus.values()).filter(LetterStatus::isClosed).toList());
        }
        TypedQuery<IncomingLetter> q = em.createQuery("select l from IncomingLetter l" + where(filter) + order,
                IncomingLetter.class);
        p.forEach(q::setParameter);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public List<IncomingLetter> findInStatuses(Set<LetterStatus> statuses) {
        return em.createQuery("select l from IncomingLetter l where l.status in :s order by l.dueDate, l.receivedAt",
                IncomingLetter.class).setParameter("s", statuses).getResultList();
    }

    @Override
    public long count(LetterFilter filter) {
        TypedQuery<Long> q = em.createQuery("select count(l) from IncomingLetter l" + where(filter), Long.class);
        params(filter).forEach(q::setParameter);
        return q.getSingleResult();
    }

    private static String where(LetterFilter f) {
        StringBuilder sb = new StringBuilder(" where 1=1");
        if (f.status() != null) {
            sb.append(" and l.status = :status");
        }
        if (f.receivedFrom() != null) {
            sb.append(" and l.receivedAt >= :from");
        }
        if (f.receivedTo() != null) {
            sb.append(" and l.receivedAt < :to");
        }
        if (f.requestingUnit() != null) {
            sb.append(" and lower(l.requestingUnit) like :unit");
        }
        return sb.toString();
    }

    private Map<String, Object> params(LetterFilter f) {
        Map<String, Object> p = new LinkedHashMap<>();
        if (f.status() != null) {
            p.put("status", f.status());
        }
        if (f.receivedFrom() != null) {
            p.put("from", f.receivedFrom().atStartOfDay(config.zone()).toInstant());
        }
        if (f.receivedTo() != null) {
            p.put("to", f.receivedTo().plusDays(1).atStartOfDay(config.zone()).toInstant());
        }
        if (f.requestingUnit() != null) {
            p.put("unit", "%" + f.requestingUnit().toLowerCase().replace("%", "") + "%");
        }
        return p;
    }
}
