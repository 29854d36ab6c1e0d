package com.creditquerydesk.infrastructure.persistence.jpa;

import com.creditquerydesk.domain.model.screening.Screening;
import com.creditquerydesk.domain.model.screening.ScreeningCounts;
import com.creditquerydesk.domain.model.screening.ScreeningRepository;
import com.creditquerydesk.infrastructure.screening.ScreeningJson;
import com.creditquerydesk.infrastructure.security.PiiCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaScreeningRepository implements ScreeningRepository {

    @PersistenceContext
    EntityManager em;

    @Inject
    PiiCipher cipher;

    @Override
    public Optional<Screening> find(String letterId) {
        ScreeningRow row = em.find(ScreeningRow.class, letterId);
        return row == null ? Optional.empty() : Optional.of(ScreeningJson.fromJson(
                Json.createReader(new StringReader(cipher.decrypt(row.resultsEnc))).readObject()));
    }

    @Override
    public List<Screening> screenedBetween(Instant from, Instant to) {
        return em.createQuery("SELECT s FROM ScreeningRow s WHERE s.screenedAt >= :from AND s.screenedAt < :to"
                        + " ORDER BY s.screenedAt, s.letterId", ScreeningRow.class)
                .setParameter("from", from).setParameter("to", to)
                .getResultStream()
                .map(row -> ScreeningJson.fromJson(Json.createReader(new StringReader(cipher.decrypt(row.resultsEnc)))
                        .readObject()))
                .toList();
    }

    @Override
    public void store(Screening screening) {
        ScreeningRow row = em.find(ScreeningRow.class, screening.letterId());
        boolean isNew = row == null;
        if (isNew) {
            row = new ScreeningRow();
            row.letterId = screening.letterId();
        }
        row.registerVersion = screening.registerVersion();
        row.screenedAt = screening.screenedAt();
        row.screenedBy = screening.screenedBy();
        row.resultsEnc = cipher.encrypt(ScreeningJson.toJson(screening).toString());
        ScreeningCounts n = screening.counts();
        row.candidates = n.candidates();
        row.hits = n.hits();
        row.hitRecords = n.hitRecords();
        row.possibleHits = n.possibleHits();
        row.overturnedHits = n.overturned();
        if (isNew) {
            em.persist(row);
        }
    }
}
