package com.creditquerydesk.infrastructure.screening;

import com.creditquerydesk.domain.model.register.NameDifference;
import com.creditquerydesk.domain.model.screening.HitRecord;
import com.creditquerydesk.domain.model.screening.HitReview;
import com.creditquerydesk.domain.model.screening.PossibleRecord;
import com.creditquerydesk.domain.model.screening.Screening;
import com.creditquerydesk.domain.model.screening.ScreeningResult;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A screening as JSON, in the shape of the API (issue 4): {"registerVersion", "screenedAt", "hitCount",
 * "possibleHitCount", "results": [{"name", "idNumber", "outcome", "hitCount", "records": [...], "possibleRecords":
 * [...]}]}; one mapping for storage and the API. A possible record carries the register's masked ID only and
 * "reason"/"reasonLabel", why it was flagged (docs/rules.md#R56).
 */
public final class ScreeningJson {

    private ScreeningJson() {
    }

    public static JsonObject toJson(Screening s) {
        JsonArrayBuilder results = Json.createArrayBuilder();
        s.results().forEach(r -> results.add(toJson(r)));
        return Json.createObjectBuilder().add("letterId", s.letterId()).add("registerVersion", s.registerVersion())
                .add("screenedAt", s.screenedAt().toString()).add("screenedBy", s.screenedBy())
                .add("hitCount", s.hitCount()).add("possibleHitCount", s.possibleHitCount())
                .add("awaitsReview", s.awaitsReview()).add("results", results).build();
    }

    public static Screening fromJson(JsonObject o) {
        List<ScreeningResult> results = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("results")) {
            results.add(resultFromJson(v.asJsonObject()));
        }
        return new Screening(o.getString("letterId"), o.getInt("registerVersion"), Instant.parse(o.getString("screenedAt")),
                o.getString("screenedBy"), results);
    }

    /**
     * One candidate's result: {"index", "name", "idNumber", "outcome", "matched", "hitCount", "awaitsReview", "records",
     * "possibleRecords", "review"}; "hitCount" counts the records of the exact rule only.
     */
    public static JsonObject toJson(ScreeningResult r) {
        JsonArrayBuilder records = Json.createArrayBuilder();
        r.records().forEach(rec -> records.add(record(rec)));
        JsonArrayBuilder possible = Json.createArrayBuilder();
        r.possibleRecords().forEach(p -> possible.add(Json.createObjectBuilder(record(p.record()))
                .add("reason", p.difference().name()).add("reasonLabel", p.difference().label())));
        JsonObjectBuilder rb = Json.createObjectBuilder().add("index", r.index()).add("name", r.name())
                .add("idNumber", r.idNumber()).add("outcome", r.outcome().name()).add("matched", r.matched())
                .add("hitCount", r.matched() && r.outcome() == ScreeningResult.Outcome.HIT ? r.records().size() : 0)
                .add("awaitsReview", r.awaitsReview()).add("records", records).add("possibleRecords", possible);
        if (r.review() != null) {
            JsonObjectBuilder review = Json.createObjectBuilder().add("decision", r.review().decision().name())
                    .add("reviewer", r.review().reviewer()).add("at", r.review().at().toString());
            text(review, "note", r.review().note());
            rb.add("review", review);
        } else {
            rb.addNull("review");
        }
        return rb.build();
    }

    public static ScreeningResult resultFromJson(JsonObject r) {
        List<HitRecord> records = new ArrayList<>();
        r.getJsonArray("records").forEach(x -> records.add(record(x.asJsonObject())));
        List<PossibleRecord> possible = new ArrayList<>();
        // a result stored before possible hits existed has none
        (r.containsKey("possibleRecords") ? r.getJsonArray("possibleRecords") : JsonValue.EMPTY_JSON_ARRAY).forEach(x -> possible.add(new PossibleRecord(
                record(x.asJsonObject()), NameDifference.valueOf(x.asJsonObject().getString("reason")))));
        HitReview review = null;
        if (r.containsKey("review") && !r.isNull("review")) {
            JsonObject rv = r.getJsonObject("review");
            review = new HitReview(HitReview.Decision.valueOf(rv.getString("decision")), rv.getString("reviewer"),
                    rv.isNull("note") ? null : rv.getString("note"), Instant.parse(rv.getString("at")));
        }
        return new ScreeningResult(r.getInt("index"), r.getString("name"), r.getString("idNumber"), records, possible,
                review);
    }

    private static JsonObject record(HitRecord r) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        text(b, "name", r.name());
        text(b, "idNumber", r.idNumber());
        text(b, "court", r.court());
        text(b, "province", r.province());
        text(b, "caseNumber", r.caseNumber());
        text(b, "basisNumber", r.basisNumber());
        text(b, "duty", r.duty());
        text(b, "performance", r.performance());
        text(b, "dishonestConduct", r.dishonestConduct());
        text(b, "filedOn", r.filedOn() == null ? null : r.filedOn().toString());
        text(b, "publishedOn", r.publishedOn() == null ? null : r.publishedOn().toString());
        return b.add("registerVersion", r.registerVersion()).build();
    }

    private static HitRecord record(JsonObject o) {
        return new HitRecord(s(o, "name"), s(o, "idNumber"), s(o, "court"), s(o, "province"), s(o, "caseNumber"),
                s(o, "basisNumber"), s(o, "duty"), s(o, "performance"), s(o, "dishonestConduct"), d(o, "filedOn"),
                d(o, "publishedOn"), o.getInt("registerVersion", 0));
    }

    private static void text(JsonObjectBuilder b, String key, String value) {
        if (value == null) {
            b.addNull(key);
        } else {
            b.add(key, value);
        }
    }

    private static String s(JsonObject o, String key) {
        return o.containsKey(key) && !o.isNull(key) ? o.getString(key) : null;
    }

    private static LocalDate d(JsonObject o, String key) {
        String v = s(o, key);
        return v == null ? null : LocalDate.parse(v);
    }
}
