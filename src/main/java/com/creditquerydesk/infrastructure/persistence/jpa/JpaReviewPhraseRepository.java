package com.creditquerydesk.infrastructure.persistence.jpa;

import com.creditquerydesk.domain.model.screening.ReviewPhraseRepository;
import com.creditquerydesk.domain.model.screening.ReviewPhrases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

@ApplicationScoped
public class JpaReviewPhraseRepository implements ReviewPhraseRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public ReviewPhrases all() {
        return new ReviewPhrases(em.createQuery("SELECT p.phrase FROM ReviewPhraseRow p ORDER BY p.position", String.class)
                .getResultList());
    }

    @Override
    public void replace(ReviewPhrases phrases) {
        em.createQuery("DELETE FROM ReviewPhraseRow").executeUpdate();
        // The deletes reach the database before the inserts: a phrase may keep its text at another place.
        em.flush();
        List<String> list = phrases.phrases();
        for (int i = 0; i < list.size(); i++) {
            ReviewPhraseRow row = new ReviewPhraseRow();
            row.position = i + 1;
            row.phrase = list.get(i);
            em.persist(row);
        }
    }
}
