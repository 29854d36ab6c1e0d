package com.creditquerydesk.infrastructure.persistence.jpa;

import com.creditquerydesk.domain.model.candidate.CandidateKeys;
import com.creditquerydesk.domain.model.candidate.SearchTerm;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.letter.IncomingLetterRepository;
import com.creditquerydesk.domain.model.letter.LetterSort;
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

    @Inject
    CandidateKeys keys;

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
    public Optional<IncomingLetter> findByReceiptNumber(String receiptNumber) {
        return em.createQuery("select l from IncomingLetter l where l.receiptNumber = :n", IncomingLetter.class)
                .setParameter("n", receiptNumber).getResultStream().findFirst();
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
        String column = "l." + filter.sort().param() + (filter.ascending() ? " asc" : " desc");
        String order = " order by " + (filter.overdueFirst()
                ? "case when l.dueDate < :today and l.status not in :closed then 0 else 1 end, " : "")
                + column + (filter.sort() == LetterSort.RECEIVED_AT ? "" : ", l.receivedAt desc") + ", l.id";
        if (filter.overdueFirst()) {
            p.put("today", filter.today());
            p.put("closed", Arrays.stream(LetterStatus.values()).filter(LetterStatus::isClosed).toList());
        }
        TypedQuery<IncomingLetter> q = em.createQuery("select l from IncomingLetter l" + where(filter, p) + order,
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
        Map<String, Object> p = params(filter);
        TypedQuery<Long> q = em.createQuery("select count(l) from IncomingLetter l" + where(filter, p), Long.class);
        p.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** The clauses of the parameters {@link #params} set. */
    private static String where(LetterFilter f, Map<String, Object> p) {
        StringBuilder sb = new StringBuilder(" where 1=1");
        if (p.containsKey("statuses")) {
            sb.append(" and l.status in :statuses");
        }
        if (p.containsKey("from")) {
            sb.append(" and l.receivedAt >= :from");
        }
        if (p.containsKey("to")) {
            sb.append(" and l.receivedAt < :to");
        }
        if (p.containsKey("unit")) {
            sb.append(" and lower(l.requestingUnit) like :unit");
        }
        if (p.containsKey("handler")) {
            sb.append(" and l.handler = :handler");
        }
        if (f.hitsOnly()) {
            sb.append(" and (l.id in (select s.letterId from ScreeningRow s where s.hits > 0)")
                    .append(p.containsKey("listHits") ? " or l.id in :listHits)" : ")");
        }
        if (f.term() != null) {
            // An ID is found by its key alone; text in the letter's own fields, or as a candidate's whole name.
            if (f.term().kind() == SearchTerm.Kind.ID) {
                sb.append(p.containsKey("keyed") ? " and l.id in :keyed" : " and 1=0");
            } else {
                sb.append(" and (lower(l.receiptNumber) like :q or lower(l.docNumber) like :q")
                        .append(" or lower(l.requestingUnit) like :q")
                        .append(p.containsKey("keyed") ? " or l.id in :keyed)" : ")");
            }
        }
        return sb.toString();
    }

    private Map<String, Object> params(LetterFilter f) {
        Map<String, Object> p = new LinkedHashMap<>();
        if (!f.statuses().isEmpty()) {
            p.put("statuses", f.statuses());
        }
        if (f.receivedFrom() != null) {
            p.put("from", f.receivedFrom().atStartOfDay(config.zone()).toInstant());
        }
        if (f.receivedTo() != null) {
            p.put("to", f.receivedTo().plusDays(1).atStartOfDay(config.zone()).toInstant());
        }
        if (f.requestingUnit() != null) {
            p.put("unit", like(f.requestingUnit()));
        }
        if (f.handler() != null) {
            p.put("handler", f.handler());
        }
        if (f.hitsOnly()) {
            List<?> listHits = em.createNativeQuery("SELECT letter_id FROM applicant_list WHERE matched > 0")
                    .getResultList();
            if (!listHits.isEmpty()) {
                p.put("listHits", listHits);
            }
        }
        if (f.term() != null) {
            SearchTerm t = f.term();
            List<?> keyed = switch (t.kind()) {
                case ID -> lettersKeyed(JpaExtractionRepository.ID, keys.idKey(t.id().orElseThrow()));
                case TEXT -> lettersKeyed(JpaExtractionRepository.NAME, keys.nameKey(t.asName()));
                case PARTIAL_ID -> List.of();
            };
            if (!keyed.isEmpty()) {
                p.put("keyed", keyed);
            }
            if (t.kind() != SearchTerm.Kind.ID) {
                p.put("q", like(t.text()));
            }
        }
        return p;
    }

    private List<?> lettersKeyed(String kind, String key) {
        return key == null ? List.of() : em.createNativeQuery(
                        "SELECT DISTINCT letter_id FROM letter_search_key WHERE kind = ?1 AND key_hash = ?2")
                .setParameter(1, kind).setParameter(2, key).getResultList();
    }

    /** A contains pattern in lower case; the wildcards a user types count as text. */
    private static String like(String text) {
        return "%" + text.toLowerCase().replace("%", "").replace("_", "") + "%";
    }
}
