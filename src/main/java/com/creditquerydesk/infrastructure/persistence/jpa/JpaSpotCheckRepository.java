package com.creditquerydesk.infrastructure.persistence.jpa;

import com.creditquerydesk.domain.model.spotcheck.SampleSize;
import com.creditquerydesk.domain.model.spotcheck.SpotCheck;
import com.creditquerydesk.domain.model.spotcheck.SpotCheckItem;
import com.creditquerydesk.domain.model.spotcheck.SpotCheckRepository;
import com.creditquerydesk.domain.model.spotcheck.Verdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSpotCheckRepository implements SpotCheckRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<SpotCheck> find(String id) {
        return Optional.ofNullable(em.find(SpotCheckRow.class, id)).map(JpaSpotCheckRepository::check);
    }

    @Override
    public List<SpotCheck> recent(int limit) {
        return em.createQuery("SELECT s FROM SpotCheckRow s ORDER BY s.drawnAt DESC", SpotCheckRow.class)
                .setMaxResults(limit).getResultStream().map(JpaSpotCheckRepository::check).toList();
    }

    @Override
    public void store(SpotCheck check) {
        SpotCheckRow row = em.find(SpotCheckRow.class, check.id());
        boolean isNew = row == null;
        if (isNew) {
            row = new SpotCheckRow();
            row.id = check.id();
        }
        row.periodFrom = check.from();
        row.periodTo = check.to();
        row.sampleCount = check.sample().count();
        row.samplePercent = check.sample().percent();
        row.seed = check.seed();
        row.population = check.population();
        row.drawnBy = check.drawnBy();
        row.drawnAt = check.drawnAt();
        JsonArrayBuilder items = Json.createArrayBuilder();
        check.items().forEach(i -> items.add(json(i)));
        row.itemsJson = items.build().toString();
        if (isNew) {
            em.persist(row);
        }
    }

    private static SpotCheck check(SpotCheckRow row) {
        JsonArray items = Json.createReader(new StringReader(row.itemsJson)).readArray();
        return new SpotCheck(row.id, row.periodFrom, row.periodTo, new SampleSize(row.sampleCount, row.samplePercent),
                row.seed, row.population, row.drawnBy, row.drawnAt,
                items.stream().map(JsonValue::asJsonObject).map(JpaSpotCheckRepository::item).toList());
    }

    private static JsonObject json(SpotCheckItem i) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("number", i.number()).add("letterId", i.letterId())
                .add("receiptNumber", i.receiptNumber()).add("registerVersion", i.registerVersion())
                .add("asOfDifferences", Json.createArrayBuilder(i.asOfDifferences()))
                .add("todayVersion", i.todayVersion())
                .add("todayDifferences", Json.createArrayBuilder(i.todayDifferences()))
                .add("fileIntact", i.fileIntact()).add("signatureValid", i.signatureValid());
        optional(b, "replyNumber", i.replyNumber());
        optional(b, "screenedAt", i.screenedAt() == null ? null : i.screenedAt().toString());
        optional(b, "fileProblem", i.fileProblem());
        optional(b, "verdict", i.verdict() == null ? null : i.verdict().name());
        optional(b, "note", i.note());
        optional(b, "checkedBy", i.checkedBy());
        optional(b, "checkedAt", i.checkedAt() == null ? null : i.checkedAt().toString());
        return b.build();
    }

    private static void optional(JsonObjectBuilder b, String key, String value) {
        if (value != null) {
            b.add(key, value);
        }
    }

    private static SpotCheckItem item(JsonObject o) {
        return new SpotCheckItem(o.getInt("number"), o.getString("letterId"), o.getString("receiptNumber"),
                o.getString("replyNumber", null), instant(o, "screenedAt"), o.getInt("registerVersion"),
                strings(o.getJsonArray("asOfDifferences")), o.getInt("todayVersion"),
                strings(o.getJsonArray("todayDifferences")), o.getBoolean("fileIntact"), o.getBoolean("signatureValid"),
                o.getString("fileProblem", null),
                o.containsKey("verdict") ? Verdict.valueOf(o.getString("verdict")) : null, o.getString("note", null),
                o.getString("checkedBy", null), instant(o, "checkedAt"));
    }

    private static Instant instant(JsonObject o, String key) {
        return o.containsKey(key) ? Instant.parse(o.getString(key)) : null;
    }

    private static List<String> strings(JsonArray a) {
        return a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
