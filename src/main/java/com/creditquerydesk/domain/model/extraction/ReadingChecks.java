package com.creditquerydesk.domain.model.extraction;

import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.domain.model.candidate.PersonName;
import com.creditquerydesk.domain.model.extraction.ExtractionResult.ExtractedCandidate;
import com.creditquerydesk.domain.model.extraction.ExtractionResult.FieldEvidence;
import com.creditquerydesk.domain.model.letter.PhoneNumber;
import com.creditquerydesk.domain.shared.DomainException;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which values of a reading the clerk must check against the page (docs/rules.md#R50): every field and every
 * candidate comes out with its doubts, a field that was not read included. What the reading already doubted (the
 * engines disagreeing, ink left unread) is kept; a confidence below {@code minConfidence} is doubted; the rest is
 * judged on the value. After a clerk's edit, a value he changed loses the reading's doubts and is judged on the
 * value alone (docs/rules.md#R51).
 *
 * @param minConfidence the engine confidence below which a read value needs checking; from the OCR settings
 */
public record ReadingChecks(double minConfidence) {

    public ReadingChecks {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new DomainException("reading.checks.confidence", "核对阈值应在 0 与 1 之间：" + minConfidence,
                    "the check threshold must lie between 0 and 1: " + minConfidence);
        }
    }

    /** A reading just made: its own doubts, low confidence, and what the values themselves give. */
    public ExtractionResult mark(ExtractionResult r) {
        Map<Field, FieldEvidence> fields = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            FieldEvidence e = r.fields().get(f);
            FieldEvidence read = e == null ? new FieldEvidence(0, 0, null) : e;
            Set<Doubt> doubts = EnumSet.noneOf(Doubt.class);
            doubts.addAll(read.doubts());
            if (e != null && e.confidence() < minConfidence) {
                doubts.add(Doubt.LOW_CONFIDENCE);
            }
            doubts.addAll(valueDoubts(f, r));
            fields.put(f, new FieldEvidence(read.confidence(), read.page(), read.box(), doubts));
        }
        List<ExtractedCandidate> candidates = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ExtractedCandidate c : r.candidates()) {
            Set<Doubt> doubts = EnumSet.noneOf(Doubt.class);
            doubts.addAll(c.doubts());
            if (c.confidence() < minConfidence) {
                doubts.add(Doubt.LOW_CONFIDENCE);
            }
            doubts.addAll(rowDoubts(c, ids));
            candidates.add(c.judged(c.confidence(), doubts));
        }
        return r.with(candidates, fields);
    }

    /**
     * What the clerk sent, against what was stored before: a field or row he left as it was keeps its evidence and
     * doubts; one he changed (or added) counts as typed — sure, and doubted only for what its value gives. The place
     * on the page stays with the field, so the viewer still shows where it was read.
     */
    public static ExtractionResult remark(ExtractionResult typed, ExtractionResult before) {
        Map<Field, FieldEvidence> fields = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            FieldEvidence was = before == null ? null : before.fields().get(f);
            boolean unchanged = before != null && Objects.equals(f.valueIn(typed), f.valueIn(before));
            Set<Doubt> doubts = EnumSet.noneOf(Doubt.class);
            if (unchanged && was != null) {
                was.doubts().stream().filter(Doubt::fromReading).forEach(doubts::add);
            }
            doubts.addAll(valueDoubts(f, typed));
            double confidence = unchanged && was != null ? was.confidence() : f.valueIn(typed) == null ? 0 : 1;
            fields.put(f, new FieldEvidence(confidence, was == null ? 0 : was.page(), was == null ? null : was.box(),
                    doubts));
        }
        List<ExtractedCandidate> candidates = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ExtractedCandidate c : typed.candidates()) {
            Optional<ExtractedCandidate> was = before == null ? Optional.empty() : before.candidates().stream()
                    .filter(b -> Objects.equals(b.name(), c.name()) && Objects.equals(b.idNumber(), c.idNumber()))
                    .findFirst();
            Set<Doubt> doubts = EnumSet.noneOf(Doubt.class);
            was.ifPresent(b -> b.doubts().stream().filter(Doubt::fromReading).forEach(doubts::add));
            doubts.addAll(rowDoubts(c, ids));
            candidates.add(c.judged(was.map(ExtractedCandidate::confidence).orElse(1.0), doubts));
        }
        return typed.with(candidates, fields);
    }

    /** What a field's value gives: missing, or not what such a field holds. */
    private static Set<Doubt> valueDoubts(Field f, ExtractionResult r) {
        String value = f.valueIn(r);
        if (value == null || value.isBlank()) {
            return Set.of(Doubt.MISSING);
        }
        if (f == Field.CONTACT_NAME && !isName(value)) {
            return Set.of(Doubt.NOT_A_NAME);
        }
        if (f == Field.CONTACT_PHONE && !isPhone(value)) {
            return Set.of(Doubt.NOT_A_PHONE);
        }
        if (f == Field.SENDER_UNIT && !UnitNames.looksLikeUnit(value)) {
            return Set.of(Doubt.NOT_A_UNIT);
        }
        return Set.of();
    }

    /** What a row's values give; {@code seen} collects the IDs of the rows before it. */
    private static Set<Doubt> rowDoubts(ExtractedCandidate c, Set<String> seen) {
        Set<Doubt> doubts = EnumSet.noneOf(Doubt.class);
        if (c.name() == null || !isName(c.name())) {
            doubts.add(Doubt.NOT_A_NAME);
        }
        Optional<IdNumber> id = IdNumber.tryParse(c.idNumber());
        if (c.idCheck() == IdCheck.REPAIRED) {
            doubts.add(Doubt.ID_REPAIRED);
        }
        if (id.isEmpty()) {
            doubts.add(Doubt.ID_INVALID);
        } else {
            if (!seen.add(id.get().value())) {
                doubts.add(Doubt.ID_DUPLICATE);
            }
            if (!id.get().countyKnown()) {
                doubts.add(Doubt.COUNTY_UNKNOWN);
            }
        }
        return doubts;
    }

    private static boolean isName(String value) {
        try {
            PersonName.of(value);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    private static boolean isPhone(String value) {
        try {
            PhoneNumber.of(value);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }
}
