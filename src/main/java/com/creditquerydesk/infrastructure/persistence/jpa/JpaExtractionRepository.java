package com.creditquerydesk.infrastructure.persistence.jpa;

import com.creditquerydesk.domain.model.candidate.CandidateKeys;
import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.domain.model.candidate.SearchTerm;
import com.creditquerydesk.domain.model.extraction.ExtractionRepository;
import com.creditquerydesk.domain.model.extraction.ExtractionResult;
import com.creditquerydesk.infrastructure.extraction.ExtractionJson;
import com.creditquerydesk.infrastructure.security.PiiCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.io.StringReader;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaExtractionRepository implements ExtractionRepository {

    @PersistenceContext
    EntityManager em;

    @Inject
    PiiCipher cipher;

    @Inject
    Clock clock;

    @Inject
    CandidateKeys keys;

    /** The kinds of {@code letter_search_key} rows; the letter search reads them (JpaIncomingLetterRepository). */
    static final String ID = "ID";
    static final String NAME = "NAME";

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
        row.searchKeyed = true;
        if (isNew) {
            em.persist(row);
        }
        writeKeys(letterId, reading.result());
    }

    @Override
    public List<String> unkeyedForSearch() {
        return em.createQuery("select r.letterId from LetterExtractionRow r where r.searchKeyed = false order by r.letterId",
                String.class).getResultList();
    }

    @Override
    public boolean keyForSearch(String letterId) {
        LetterExtractionRow row = em.find(LetterExtractionRow.class, letterId, LockModeType.PESSIMISTIC_WRITE);
        if (row == null || row.searchKeyed) {
            return false;
        }
        writeKeys(letterId, find(letterId).orElseThrow().result());
        row.searchKeyed = true;
        return true;
    }

    /** One row per distinct key of the candidates: the ID's (valid IDs only) and the name's (docs/rules.md#R92). */
    private void writeKeys(String letterId, ExtractionResult result) {
        em.createNativeQuery("DELETE FROM letter_search_key WHERE letter_id = ?1").setParameter(1, letterId)
                .executeUpdate();
        Set<Map.Entry<String, String>> rows = new LinkedHashSet<>();
        for (ExtractionResult.ExtractedCandidate c : result.candidates()) {
            IdNumber.tryParse(SearchTerm.normaliseId(c.idNumber())).ifPresent(id -> rows.add(Map.entry(ID, keys.idKey(id))));
            String name = keys.nameKey(c.name());
            if (name != null) {
                rows.add(Map.entry(NAME, name));
            }
        }
        for (Map.Entry<String, String> r : rows) {
            em.createNativeQuery("INSERT INTO letter_search_key (letter_id, kind, key_hash) VALUES (?1, ?2, ?3)")
                    .setParameter(1, letterId).setParameter(2, r.getKey()).setParameter(3, r.getValue()).executeUpdate();
        }
    }
}
