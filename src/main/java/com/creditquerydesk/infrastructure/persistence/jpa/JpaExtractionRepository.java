package com.creditquerydesk.infrastructure.persistence.jpa;

import com.creditquerydesk.domain.model.extraction.ExtractionRepository;
import com.creditquerydesk.infrastructure.extraction.ExtractionJson;
import com.creditquerydesk.infrastructure.security.PiiCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.StringReader;
import java.time.Clock;
import java.util.Optional;

@ApplicationScoped
public class JpaExtractionRepository implements ExtractionRepository {

    @PersistenceContext
    EntityManager em;

    @Inject
    PiiCipher cipher;

    @Inject
    Clock clock;

    @Override
    public Optional<LetterReading> find(String letterId) {
        LetterExtractionRow row = em.find(LetterExtractionRow.class, letterId);
        if (row == null) {
            return Optional.empty();
        }
        String json = cipher.decrypt(row.contentEnc);
        return Optional.of(ExtractionJson.readingFrom(Json.createReader(new StringReader(json)).readObject()));
    }

    @Override
    public void store(String letterId, LetterReading reading) {
        LetterExtractionRow row = em.find(LetterExtractionRow.class, letterId);
        boolean isNew = row == null;
        if (isNew) {
            row = new LetterExtractionRow();
            row.letterId = letterId;
        }
        row.source = reading.source();
        row.contentEnc = cipher.encrypt(ExtractionJson.toJson(reading).toString());
        row.updatedAt = clock.instant();
        if (isNew) {
            em.persist(row);
        }
    }
}
