package com.creditquerydesk.infrastructure.extraction;

import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.domain.model.extraction.Box;
import com.creditquerydesk.domain.model.letter.DocumentNumber;
import com.creditquerydesk.domain.model.letter.QueryKind;
import com.creditquerydesk.domain.model.extraction.ExtractionRepository.LetterReading;
import com.creditquerydesk.domain.model.extraction.ExtractionRepository.PageImage;
import com.creditquerydesk.domain.model.extraction.ExtractionResult;
import com.creditquerydesk.domain.model.extraction.ExtractionResult.ExtractedCandidate;
import com.creditquerydesk.domain.model.extraction.ExtractionResult.FieldEvidence;
import com.creditquerydesk.domain.model.extraction.Doubt;
import com.creditquerydesk.domain.model.extraction.Field;
import com.creditquerydesk.domain.model.extraction.IdCheck;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.Map;
import java.util.Set;

/**
 * The extraction as JSON, in the shape the API promises (issue 3): boxes as [x, y, width, height] in page
 * units, dates as ISO. One mapping for storage (encrypted) and for the API, so the two cannot drift apart.
 */
public final class ExtractionJson {

    private ExtractionJson() {
    }

    public static JsonObject toJson(LetterReading reading) {
        JsonObjectBuilder b = Json.createObjectBuilder(resultJson(reading.result()));
        b.add("source", reading.source());
        JsonArrayBuilder pages = Json.createArrayBuilder();
        for (PageImage p : reading.pages()) {
            pages.add(Json.createObjectBuilder().add("page", p.number()).add("width", p.width()).add("height", p.height())
                    .add("image", p.sha256() != null));
        }
        b.add("pages", pages);
        // Kept for storage only; the API view drops it (see apiView).
        JsonArrayBuilder images = Json.createArrayBuilder();
        reading.pages().forEach(p -> images.add(p.sha256() == null ? JsonValue.NULL : Json.createValue(p.sha256())));
        b.add("pageImages", images);
        return b.build();
    }

    /** The reading as the API shows it: no storage addresses. */
    public static JsonObject apiView(LetterReading reading) {
        JsonObjectBuilder b = Json.createObjectBuilder(toJson(reading));
        b.remove("pageImages");
        return b.build();
    }

    /**
     * The reading for someone whose duty does not cover its personal data: every ID masked to its first 6 and last
     * 4 characters, and nothing else that repeats it (docs/rules.md#R21).
     */
    public static JsonObject maskedView(LetterReading reading) {
        JsonObject full = apiView(reading);
        JsonArrayBuilder candidates = Json.createArrayBuilder();
        for (JsonValue v : full.getJsonArray("candidates")) {
            JsonObject c = v.asJsonObject();
            JsonObjectBuilder masked = Json.createObjectBuilder(c);
            masked.remove("idOriginal");
            masked.remove("idNote");
            if (c.containsKey("idNumber") && !c.isNull("idNumber")) {
                masked.add("idNumber", IdNumber.mask(c.getString("idNumber")));
            }
            candidates.add(masked);
        }
        return Json.createObjectBuilder(full).add("candidates", candidates).add("masked", true).build();
    }

    public static JsonObject resultJson(ExtractionResult r) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        addString(b, "docNumber", r.docNumber() == null ? null : r.docNumber().value());
        addString(b, "senderUnit", r.senderUnit());
        addString(b, "addressee", r.addressee());
        addString(b, "letterDate", r.letterDate() == null ? null : r.letterDate().toString());
        addString(b, "contactName", r.contactName());
        addString(b, "contactPhone", r.contactPhone());
        addString(b, "queryKind", r.queryKind() == null ? null : r.queryKind().jsonValue());
        JsonArrayBuilder candidates = Json.createArrayBuilder();
        for (ExtractedCandidate c : r.candidates()) {
            JsonObjectBuilder cb = Json.createObjectBuilder();
            addString(cb, "name", c.name());
            addString(cb, "idNumber", c.idNumber());
            cb.add("idValid", c.idValid());
            addString(cb, "idCheck", c.idCheck() == null ? null : c.idCheck().name());
            addString(cb, "idOriginal", c.idOriginal());
            addString(cb, "idNote", c.idNote());
            cb.add("confidence", c.confidence()).add("page", c.page());
            cb.add("box", box(c.box()));
            cb.add("needsCheck", c.needsCheck()).add("doubts", doubts(c.doubts()));
            if (c.sheetRow() > 0) {
                cb.add("sheetRow", c.sheetRow());
            }
            candidates.add(cb);
        }
        b.add("candidates", candidates);
        JsonObjectBuilder fields = Json.createObjectBuilder();
        r.fields().entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().key())).forEach(e -> fields.add(e.getKey().key(),
                Json.createObjectBuilder().add("confidence", e.getValue().confidence()).add("page", e.getValue().page())
                        .add("box", box(e.getValue().box())).add("needsCheck", e.getValue().needsCheck())
                        .add("doubts", doubts(e.getValue().doubts()))));
        b.add("fields", fields);
        return b.build();
    }

    public static LetterReading readingFrom(JsonObject o) {
        List<PageImage> pages = new ArrayList<>();
        JsonArray ps = o.getJsonArray("pages");
        JsonArray images = o.getJsonArray("pageImages");
        for (int i = 0; ps != null && i < ps.size(); i++) {
            JsonObject p = ps.getJsonObject(i);
            String sha = images == null || images.isNull(i) ? null : images.getString(i);
            pages.add(new PageImage(p.getInt("page"), p.getInt("width"), p.getInt("height"), sha));
        }
        // Stored before the number was typed, a clerk's malformed entry is left for the clerk to enter again.
        return new LetterReading(resultFrom(o, text -> DocumentNumber.find(text).orElse(null)),
                o.getString("source", "UNKNOWN"), pages);
    }

    /** A clerk's corrections: a document number that is not one is refused (400 DOCUMENT_NUMBER_INVALID). */
    public static ExtractionResult resultFrom(JsonObject o) {
        return resultFrom(o, DocumentNumber::parse);
    }

    /** Reads the result part: what was stored and a clerk's corrections alike, but for how a number is read. */
    private static ExtractionResult resultFrom(JsonObject o, Function<String, DocumentNumber> documentNumber) {
        List<ExtractedCandidate> candidates = new ArrayList<>();
        JsonArray cs = o.containsKey("candidates") && !o.isNull("candidates") ? o.getJsonArray("candidates") : JsonValue.EMPTY_JSON_ARRAY;
        for (JsonValue v : cs) {
            JsonObject c = v.asJsonObject();
            candidates.add(new ExtractedCandidate(string(c, "name"), string(c, "idNumber"), c.getBoolean("idValid", false),
                    IdCheck.ofName(string(c, "idCheck")).orElse(null), string(c, "idOriginal"), string(c, "idNote"), number(c, "confidence", 1.0),
                    c.getInt("page", 0), box(c.get("box")), Math.max(0, c.getInt("sheetRow", 0)), doubts(c)));
        }
        Map<Field, FieldEvidence> fields = new EnumMap<>(Field.class);
        if (o.containsKey("fields") && !o.isNull("fields")) {
            o.getJsonObject("fields").forEach((k, v) -> {
                JsonObject f = v.asJsonObject();
                Field.ofKey(k).ifPresent(field -> fields.put(field,
                        new FieldEvidence(number(f, "confidence", 1.0), f.getInt("page", 0), box(f.get("box")), doubts(f))));
            });
        }
        String date = string(o, "letterDate");
        String number = string(o, "docNumber");
        return new ExtractionResult(number == null || number.isBlank() ? null : documentNumber.apply(number),
                string(o, "senderUnit"), string(o, "addressee"),
                date == null || date.isBlank() ? null : LocalDate.parse(date), string(o, "contactName"),
                string(o, "contactPhone"), queryKind(string(o, "queryKind")), candidates, fields);
    }

    /** Absent or blank: not read; anything but the three values is refused with the message. */
    private static QueryKind queryKind(String value) {
        return value == null || value.isBlank() ? null : QueryKind.fromJson(value.strip());
    }

    /** Each doubt with its label, so a screen shows words, not codes (docs/rules.md#R50). */
    private static JsonArray doubts(Set<Doubt> doubts) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        doubts.forEach(d -> a.add(Json.createObjectBuilder().add("code", d.name()).add("label", d.labelZh())));
        return a.build();
    }

    /** The doubts stored with a value; codes this version does not know are dropped. */
    private static Set<Doubt> doubts(JsonObject o) {
        Set<Doubt> out = EnumSet.noneOf(Doubt.class);
        JsonValue v = o.get("doubts");
        if (v != null && v.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue d : v.asJsonArray()) {
                if (d.getValueType() == JsonValue.ValueType.OBJECT) {
                    Doubt.ofName(d.asJsonObject().getString("code", "")).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private static JsonValue box(Box box) {
        if (box == null) {
            return JsonValue.NULL;
        }
        return Json.createArrayBuilder().add(box.x()).add(box.y()).add(box.width()).add(box.height()).build();
    }

    private static Box box(JsonValue v) {
        if (v == null || v.getValueType() != JsonValue.ValueType.ARRAY || v.asJsonArray().size() != 4) {
            return null;
        }
        JsonArray a = v.asJsonArray();
        return new Box(a.getInt(0), a.getInt(1), a.getInt(2), a.getInt(3));
    }

    private static void addString(JsonObjectBuilder b, String key, String value) {
        if (value == null) {
            b.addNull(key);
        } else {
            b.add(key, value);
        }
    }

    private static String string(JsonObject o, String key) {
        return o.containsKey(key) && !o.isNull(key) ? o.getString(key) : null;
    }

    private static double number(JsonObject o, String key, double fallback) {
        JsonValue v = o.get(key);
        return v instanceof JsonNumber n ? n.doubleValue() : fallback;
    }
}
