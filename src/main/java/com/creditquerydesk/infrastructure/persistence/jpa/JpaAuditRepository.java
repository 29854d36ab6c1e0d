package com.creditquerydesk.infrastructure.persistence.jpa;

import com.creditquerydesk.domain.model.audit.AuditEvent;
import com.creditquerydesk.domain.model.audit.AuditRepository;
import com.creditquerydesk.domain.model.audit.ChainHead;
import com.creditquerydesk.domain.model.audit.ChainKey;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    private static final int RELINK_BATCH = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ChainKey key;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent append(String actor, String ip, String action, String letterId, String detail, Instant at) {
        AuditHeadRow head = em.find(AuditHeadRow.class, 1, LockModeType.PESSIMISTIC_WRITE);
        AuditEvent event = new AuditEvent(head.lastSeq + 1, at, actor, ip, action, letterId, detail, head.lastHash,
                key);
        em.persist(event);
        head.lastSeq = event.seq();
        head.lastHash = event.hash();
        return event;
    }

    @Override
    public List<AuditEvent> batchAfter(long afterSeq, int limit) {
        return em.createQuery("select e from AuditEvent e where e.seq > :after order by e.seq", AuditEvent.class)
                .setParameter("after", afterSeq).setMaxResults(limit).getResultList();
    }

    @Override
    public ChainHead head() {
        // Columns, never the entity: a head row read into the persistence context would stay there, and append's
        // locking find would then take its stale sequence number instead of reading the row again.
        return em.createQuery("select new com.creditquerydesk.domain.model.audit.ChainHead(h.lastSeq, h.lastHash) "
                + "from AuditHeadRow h where h.id = 1", ChainHead.class).getSingleResult();
    }

    @Override
    public boolean keyed() {
        return em.createQuery("select h.chainFormat from AuditHeadRow h where h.id = 1", AuditHeadRow.ChainFormat.class)
                .getSingleResult() == AuditHeadRow.ChainFormat.HMAC_SHA256;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public ChainHead relinkAll(ChainKey newKey) {
        AuditHeadRow head = em.find(AuditHeadRow.class, 1, LockModeType.PESSIMISTIC_WRITE);
        String prev = ChainHead.GENESIS.hash();
        long after = 0;
        List<AuditEvent> batch;
        while (!(batch = batchAfter(after, RELINK_BATCH)).isEmpty()) {
            for (AuditEvent e : batch) {
                e.relink(prev, newKey);
                prev = e.hash();
                after = e.seq();
            }
            em.flush();
            batch.forEach(em::detach);
        }
        head.lastSeq = after;
        head.lastHash = prev;
        head.chainFormat = AuditHeadRow.ChainFormat.HMAC_SHA256;
        return new ChainHead(after, prev);
    }


    @Override
    public List<AuditEvent> search(AuditFilter filter, int offset, int limit) {
        TypedQuery<AuditEvent> q = em.createQuery("select e from AuditEvent e" + where(filter, params(filter))
                + " order by e.seq desc", AuditEvent.class);
        params(filter).forEach(q::setParameter);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public List<AuditEvent> forLetter(String letterId) {
        return em.createQuery("select e from AuditEvent e where e.letterId = :id order by e.seq", AuditEvent.class)
                .setParameter("id", letterId).getResultList();
    }

    @Override
    public long count(AuditFilter filter) {
        TypedQuery<Long> q = em.createQuery("select count(e) from AuditEvent e" + where(filter, params(filter)),
                Long.class);
        params(filter).forEach(q::setParameter);
        return q.getSingleResult();
    }

    private static Map<String, Object> params(AuditFilter f) {
        Map<String, Object> p = new HashMap<>();
        if (f.actor() != null) {
            p.put("actor", f.actor());
        }
        if (f.action() != null) {
            p.put("action", f.action());
        }
        if (f.letterId() != null) {
            p.put("letterId", f.letterId());
        }
        if (f.from() != null) {
            p.put("from", f.from());
        }
        if (f.to() != null) {
            p.put("to", f.to());
        }
        return p;
    }

    private static String where(AuditFilter f, Map<String, Object> p) {
        StringBuilder sb = new StringBuilder(" where 1=1");
        if (p.containsKey("actor")) {
            sb.append(" and e.actor = :actor");
        }
        if (p.containsKey("action")) {
            sb.append(" and e.action = :action");
        }
        if (p.containsKey("letterId")) {
            sb.append(" and e.letterId = :letterId");
        }
        if (p.containsKey("from")) {
            sb.append(" and e.occurredAt >= :from");
        }
        if (p.containsKey("to")) {
            sb.append(" and e.occurredAt < :to");
        }
        return sb.toString();
    }
}
