package com.creditquerydesk.infrastructure.persistence.jpa;

import com.creditquerydesk.domain.model.ledger.ApplicationMeasure;
import com.creditquerydesk.domain.model.ledger.LedgerMeasure;
import com.creditquerydesk.domain.model.ledger.LedgerMeasureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
    public List<Unfiled> unfiledOf(String handler, Instant since) {
        // Counts from the screening's count column (V127): its results are encrypted.
        List<?> rows = em.createNativeQuery("SELECT s.letter_id, s.screened_at, s.candidates, COUNT(m.candidate_index) "
                        + "FROM screening s JOIN incoming_letter l ON l.id = s.letter_id "
                        + "LEFT JOIN ledger_measure m ON m.letter_id = s.letter_id "
                        + "WHERE l.handler = ?1 AND l.status <> 'VOIDED' AND s.screened_at >= ?2 AND s.candidates IS NOT NULL "
                        + "GROUP BY s.letter_id, s.screened_at, s.candidates "
                        + "HAVING COUNT(m.candidate_index) < s.candidates ORDER BY s.screened_at")
                .setParameter(1, handler).setParameter(2, since.atOffset(ZoneOffset.UTC)).getResultList();
        List<Unfiled> out = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            out.add(new Unfiled((String) r[0], instant(r[1]), ((Number) r[2]).intValue(), ((Number) r[3]).intValue()));
        }
        return out;
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        return ((java.sql.Timestamp) value).toInstant();
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
