package com.creditquerydesk.domain.model.extraction;

import com.creditquerydesk.domain.model.extraction.ExtractionRepository.LetterReading;
import com.creditquerydesk.domain.model.extraction.ExtractionRepository.PageImage;
import com.creditquerydesk.domain.model.extraction.ExtractionResult.ExtractedCandidate;
import com.creditquerydesk.domain.model.extraction.ExtractionResult.FieldEvidence;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One reading of a letter registered with attachments (docs/rules.md#R38). Each of the letter's fields comes from the
 * letter, or from the first attachment that has it when the letter does not (a list sent first). The candidates are
 * the letter's rows and then the attachments' rows, one row per ID number: a row whose number an earlier row has, with
 * the same name, is the same person and is dropped; with another name it is a conflict, kept in the earlier row's
 * note and marked for the clerk ({@link Doubt#FILES_DISAGREE}). The attachments' pages follow the letter's,
 * numbered on (a spreadsheet row keeps its sheet's number as its page: it has no page image).
 */
public final class LetterWithAttachments {

    private LetterWithAttachments() {
    }

    public static LetterReading merge(LetterReading letter, List<LetterReading> attachments) {
        if (attachments.isEmpty()) {
            return letter;
        }
        List<LetterReading> all = new ArrayList<>();
        all.add(letter);
        List<PageImage> pages = new ArrayList<>(letter.pages());
        int offset = pageCount(letter);
        for (LetterReading a : attachments) {
            int shift = offset;
            all.add(shifted(a, shift));
            a.pages().forEach(p -> pages.add(new PageImage(p.number() + shift, p.width(), p.height(), p.sha256())));
            offset += pageCount(a);
        }
        Map<Field, FieldEvidence> evidence = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            // Evidence of the file the value is taken from; of the letter (a field not read) when none has it.
            all.stream().filter(r -> !blank(f.valueIn(r.result()))).findFirst()
                    .or(() -> Optional.of(letter)).map(r -> r.result().fields().get(f))
                    .ifPresent(e -> evidence.put(f, e));
        }
        ExtractionResult r = new ExtractionResult(first(all, ExtractionResult::docNumber),
                first(all, ExtractionResult::senderUnit), first(all, ExtractionResult::addressee),
                first(all, ExtractionResult::letterDate), first(all, ExtractionResult::contactName),
                first(all, ExtractionResult::contactPhone), first(all, ExtractionResult::queryKind),
                candidates(all), evidence);
        StringBuilder source = new StringBuilder(letter.source());
        attachments.forEach(a -> source.append('+').append(a.source()));
        return new LetterReading(r, source.toString(), pages);
    }

    /** The last page a reading names: of its images, its rows (not a spreadsheet's) or its fields; at least 1. */
    private static int pageCount(LetterReading r) {
        int pages = r.pages().stream().mapToInt(PageImage::number).max().orElse(1);
        for (ExtractedCandidate c : r.result().candidates()) {
            pages = c.sheetRow() > 0 ? pages : Math.max(pages, c.page());
        }
        for (FieldEvidence e : r.result().fields().values()) {
            pages = Math.max(pages, e.page());
        }
        return pages;
    }

    private static <T> T first(List<LetterReading> all, Function<ExtractionResult, T> field) {
        for (LetterReading r : all) {
            T value = field.apply(r.result());
            if (value != null && !(value instanceof String s && s.isBlank())) {
                return value;
            }
        }
        return null;
    }

    private static List<ExtractedCandidate> candidates(List<LetterReading> all) {
        Map<String, ExtractedCandidate> byId = new LinkedHashMap<>();
        List<ExtractedCandidate> withoutId = new ArrayList<>();
        for (LetterReading r : all) {
            for (ExtractedCandidate c : r.result().candidates()) {
                if (c.idNumber() == null || c.idNumber().isBlank()) {
                    withoutId.add(c);
                    continue;
                }
                ExtractedCandidate earlier = byId.get(c.idNumber());
                if (earlier == null) {
                    byId.put(c.idNumber(), c);
                } else if (!same(earlier.name(), c.name())) {
                    byId.put(c.idNumber(), conflict(earlier, c));
                }
            }
        }
        List<ExtractedCandidate> out = new ArrayList<>(byId.values());
        out.addAll(withoutId);
        return out;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static ExtractedCandidate conflict(ExtractedCandidate kept, ExtractedCandidate other) {
        String note = "来函与附件中此身份证号码的姓名不一致（" + kept.name() + " / " + other.name() + "），请核对原件";
        return new ExtractedCandidate(kept.name(), kept.idNumber(), kept.idValid(), kept.idCheck(), kept.idOriginal(),
                kept.idNote() == null ? note : kept.idNote() + "；" + note, kept.confidence(), kept.page(), kept.box(),
                kept.sheetRow(), Doubts.union(kept.doubts(), Set.of(Doubt.FILES_DISAGREE)));
    }

    /** An attachment's reading with its pages numbered after the letter's (spreadsheet rows keep their sheet). */
    private static LetterReading shifted(LetterReading a, int shift) {
        List<ExtractedCandidate> candidates = a.result().candidates().stream().map(c -> c.sheetRow() > 0 ? c
                : new ExtractedCandidate(c.name(), c.idNumber(), c.idValid(), c.idCheck(), c.idOriginal(), c.idNote(),
                c.confidence(), c.page() + shift, c.box(), 0, c.doubts())).toList();
        Map<Field, FieldEvidence> fields = new EnumMap<>(Field.class);
        a.result().fields().forEach((f, e) -> fields.put(f,
                new FieldEvidence(e.confidence(), e.page() == 0 ? 0 : e.page() + shift, e.box(), e.doubts())));
        ExtractionResult r = a.result();
        return new LetterReading(new ExtractionResult(r.docNumber(), r.senderUnit(), r.addressee(), r.letterDate(),
                r.contactName(), r.contactPhone(), r.queryKind(), candidates, fields), a.source(), a.pages());
    }
}
