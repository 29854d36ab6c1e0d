package com.creditquerydesk.domain.model.extraction;

import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.domain.model.letter.DocumentNumber;
import com.creditquerydesk.domain.model.letter.QueryKind;
import com.creditquerydesk.domain.model.candidate.IdRepairResult;
import com.creditquerydesk.domain.model.candidate.IdRepairResult.Status;
import com.creditquerydesk.domain.shared.DomainException;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What was read from a request letter, before the clerk checks it. Each field may be null when it was
 * not found; {@link #fields} says where each found field was read (page, box) and how sure the reading is. The
 * document number is one only if it is well formed: what cannot be read as one is left for the clerk to enter.
 */
public record ExtractionResult(DocumentNumber docNumber, String senderUnit, String addressee, LocalDate letterDate,
                               String contactName, String contactPhone, QueryKind queryKind,
                               List<ExtractedCandidate> candidates, Map<Field, FieldEvidence> fields) {

    public ExtractionResult {
        candidates = List.copyOf(candidates);
        fields = Map.copyOf(fields);
    }

    /** The same values with these candidates and this evidence. */
    public ExtractionResult with(List<ExtractedCandidate> candidates, Map<Field, FieldEvidence> fields) {
        return new ExtractionResult(docNumber, senderUnit, addressee, letterDate, contactName, contactPhone, queryKind,
                candidates, fields);
    }

    /** The same reading with the unit's name replaced, its evidence carrying {@code doubt} as well. */
    public ExtractionResult withSenderUnit(String unit, Doubt doubt) {
        return new ExtractionResult(docNumber, unit, addressee, letterDate, contactName, contactPhone, queryKind,
                candidates, fields).withDoubt(Field.SENDER_UNIT, doubt);
    }

    /** The same reading with {@code doubt} added to the field's evidence (a field without evidence stays so). */
    public ExtractionResult withDoubt(Field field, Doubt doubt) {
        Map<Field, FieldEvidence> marked = new java.util.EnumMap<>(fields);
        marked.computeIfPresent(field, (f, e) -> e.withDoubts(Set.of(doubt)));
        return with(candidates, marked);
    }

    /** How many values the clerk must check: fields and candidate rows (docs/rules.md#R50). */
    public long needsCheckCount() {
        return fields.values().stream().filter(FieldEvidence::needsCheck).count()
                + candidates.stream().filter(ExtractedCandidate::needsCheck).count();
    }

    /**
     * Where a field was read. {@code page} is 1-based (0 when the field was not found); {@code box} is in the
     * page's own units (PDF points from the top left for a text PDF, pixels for OCR) and null when the source has
     * no positions (DOCX). For the JSON contract the box is written as [x, y, width, height]. {@code doubts} say
     * why the clerk must check the value (docs/rules.md#R50).
     */
    public record FieldEvidence(double confidence, int page, Box box, Set<Doubt> doubts) {

        public FieldEvidence {
            doubts = Doubts.copy(doubts);
        }

        /** Where a field was read, with no doubt yet: {@link ReadingChecks} judges it. */
        public FieldEvidence(double confidence, int page, Box box) {
            this(confidence, page, box, Set.of());
        }

        public boolean needsCheck() {
            return !doubts.isEmpty();
        }

        public FieldEvidence withDoubts(Set<Doubt> more) {
            return new FieldEvidence(confidence, page, box, Doubts.union(doubts, more));
        }
    }

    /**
     * One row of the candidate list, in the letter's order; page and box as in {@link FieldEvidence}.
     *
     * @param idNumber   the ID number: as read when VALID, the proposed correction when REPAIRED, the text as
     *                   read (normalised) when INVALID
     * @param idValid    whether idNumber passes the checks (VALID or REPAIRED); a REPAIRED number is a proposal
     *                   the clerk must confirm against the original
     * @param idCheck    how the number stands ({@link IdCheck}); null only in data stored before the check was
     *                   recorded
     * @param idOriginal the text as read when the number was REPAIRED (or ACCEPTED), else null
     * @param idNote     why REPAIRED or INVALID, or a warning on a valid number (an unknown county code), in
     *                   Chinese; null when there is nothing to say
     * @param confidence the least sure reading among the row's cells (1 for DOCX and text PDFs)
     * @param sheetRow   for a list read from a spreadsheet, the row's number as the spreadsheet shows it (page is
     *                   then the sheet's, 1-based); 0 otherwise (docs/rules.md#R35)
     * @param doubts     why the clerk must check the row (docs/rules.md#R50)
     */
    public record ExtractedCandidate(String name, String idNumber, boolean idValid, IdCheck idCheck, String idOriginal,
                                     String idNote, double confidence, int page, Box box, int sheetRow,
                                     Set<Doubt> doubts) {

        public ExtractedCandidate {
            if (sheetRow < 0) {
                throw new IllegalArgumentException("sheetRow " + sheetRow);
            }
            doubts = Doubts.copy(doubts);
        }

        /** A row with no doubt yet: {@link ReadingChecks} judges it. */
        public ExtractedCandidate(String name, String idNumber, boolean idValid, IdCheck idCheck, String idOriginal,
                                  String idNote, double confidence, int page, Box box, int sheetRow) {
            this(name, idNumber, idValid, idCheck, idOriginal, idNote, confidence, page, box, sheetRow, Set.of());
        }

        public boolean needsCheck() {
            return !doubts.isEmpty();
        }

        /** The same row with these doubts (replacing its own) and this confidence. */
        public ExtractedCandidate judged(double confidence, Set<Doubt> doubts) {
            return new ExtractedCandidate(name, idNumber, idValid, idCheck, idOriginal, idNote, confidence, page, box,
                    sheetRow, doubts);
        }

        /** A candidate read from a letter: the ID as IdNumberRepair judged it (a repair is kept as a proposal). */
        public static ExtractedCandidate read(String name, IdRepairResult id, String asRead, double confidence,
                                              int page, Box box, int sheetRow) {
            Status status = id.status();
            String note = switch (status) {
                case VALID -> countyWarning(id.id().orElseThrow());
                case REPAIRED -> join(id.reasonZh(), countyWarning(id.id().orElseThrow()));
                case INVALID -> id.reasonZh();
            };
            return new ExtractedCandidate(name, id.id().map(IdNumber::value).orElse(asRead), status != Status.INVALID,
                    IdCheck.of(status), status == Status.REPAIRED ? id.original() : null, note, confidence, page, box,
                    sheetRow);
        }

        /**
         * A candidate as the clerk sent it: the ID is only checked, never changed, and is VALID or INVALID. A
         * REPAIRED proposal the clerk left as it was ({@code proposal}: the stored REPAIRED or ACCEPTED row with
         * this same number, or null) stays marked as one, with the text as read; it becomes ACCEPTED when the clerk
         * accepts it ({@code accept}) and stays so.
         */
        public static ExtractedCandidate typed(String name, String idNumber, ExtractedCandidate proposal,
                                               boolean accept, double confidence, int page, Box box,
                                               int sheetRow) {
            String id = idNumber == null ? null : idNumber.strip().toUpperCase(Locale.ROOT);
            Optional<IdNumber> parsed = IdNumber.tryParse(id);
            if (parsed.isEmpty()) {
                String why;
                try {
                    IdNumber.parse(id);
                    throw new IllegalStateException("tryParse and parse disagree");
                } catch (DomainException e) {
                    why = e.messageZh();
                }
                return new ExtractedCandidate(name, id, false, IdCheck.INVALID, null, why, confidence, page, box,
                        sheetRow);
            }
            if (proposal != null && proposal.isRepair() && parsed.get().value().equals(proposal.idNumber())) {
                boolean accepted = accept || proposal.idCheck() == IdCheck.ACCEPTED;
                return new ExtractedCandidate(name, proposal.idNumber(), true,
                        accepted ? IdCheck.ACCEPTED : IdCheck.REPAIRED, proposal.idOriginal(),
                        accepted ? join("自动修复已由校对员对照原件确认", countyWarning(parsed.get())) : proposal.idNote(),
                        confidence, page, box, sheetRow);
            }
            return new ExtractedCandidate(name, parsed.get().value(), true, IdCheck.VALID, null,
                    countyWarning(parsed.get()), confidence, page, box, sheetRow);
        }

        /**
         * Where the clerk finds the row: its place in the list ({@code listRow}, 1-based) and, for a spreadsheet,
         * the sheet and row the file shows (第 3 行（工作表 1 第 5 行）).
         */
        public String whereZh(int listRow) {
            return "第 " + listRow + " 行" + (sheetRow == 0 ? "" : "（工作表 " + page + " 第 " + sheetRow + " 行）");
        }

        public String whereEn(int listRow) {
            return "row " + listRow + (sheetRow == 0 ? "" : " (sheet " + page + ", row " + sheetRow + ")");
        }

        /** Whether the number is a repair of what was read: a proposal (REPAIRED) or one the clerk accepted. */
        public boolean isRepair() {
            return idCheck != null && idCheck.isRepair();
        }

        /** An unknown county code is a warning, never a reason to reject (abolished counties: docs/domain.md#id-number). */
        private static String countyWarning(IdNumber id) {
            return id.countyKnown() ? null
                    : "地址码" + id.regionCode() + "不在行政区划代码表中（可能是已撤销的县），请核对";
        }

        private static String join(String a, String b) {
            return a == null ? b : b == null ? a : a + "；" + b;
        }

        /** Never the full ID: candidates end up in logs through exceptions and debug output. */
        @Override
        public String toString() {
            return "ExtractedCandidate[" + name + ", " + IdNumber.mask(idNumber) + ", " + idCheck + ", p" + page
                    + (doubts.isEmpty() ? "" : ", " + doubts) + "]";
        }
    }
}
