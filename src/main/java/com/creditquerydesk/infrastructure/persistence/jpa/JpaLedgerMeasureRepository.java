package com.creditquerydesk.infrastructure.persistence.jpa;

import com.creditquerydesk.domain.model.ledger.ApplicationMeasure;
import com.creditquerydesk.domain.model.ledger.LedgerMeasure;
import com.creditquerydesk.domain.model.ledger.LedgerMeasureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class JpaLedgerMeasureRepository implements LedgerMeasureRepository {

    /** Letters per IN list: well under every database's limit on bound parameters. */
    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Override
    public List<LedgerMeasure> forLetters(Collection<String> letterIds) {
        List<String> ids = List.copyOf(letterIds);
        List<LedgerMeasure> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            em.createQuery("SELECT m FROM LedgerMeasureRow m WHERE m.letterId IN :ids", LedgerMeasureRow.class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
                    .getResultStream()
                    .map(m -> new LedgerMeasure(m.letterId, m.candidateIndex, new ApplicationMeasure(m.measure),
                            m.recordedBy, m.recordedAt))
                    .forEach(out::add);
        }
        return out;
    }

    @Override
    public void store(LedgerMeasure measure) {
        LedgerMeasureRow row = em.find(LedgerMeasureRow.class,
                new LedgerMeasureRow.Key(measure.letterId(), measure.candidateIndex()));
        boolean isNew = row == null;
        if (isNew) {
            row = new LedgerMeasureRow();
            row.letterId = measure.letterId();
            row.candidateIndex = measure.candidateIndex();
        }
        row.measure = measure.measure().text();
        row.recordedBy = measure.recordedBy();
        row.recordedAt = measure.recordedAt();
        if (isNew) {
            em.persist(row);
        }
    }
}
