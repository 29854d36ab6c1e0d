package com.creditquerydesk.domain.model.extraction;

import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.domain.model.candidate.IdNumberRepair;
import com.creditquerydesk.domain.model.extraction.ExtractionResult.ExtractedCandidate;
import com.creditquerydesk.domain.model.extraction.ExtractionResult.FieldEvidence;
import com.creditquerydesk.domain.model.letter.DocumentNumber;
import com.creditquerydesk.domain.model.letter.QueryKind;
import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/rules.md#R50 and #R51: what the clerk is shown to check, after the reading and after his edits. */
class ReadingChecksTest {

    private static final ReadingChecks CHECKS = new ReadingChecks(0.9);
    private static final String ID = withCheck("61010219900101123");
    private static final String OTHER_ID = withCheck("61010219851224002");
    private static final Box BOX = new Box(10, 20, 300, 40);

    private static String withCheck(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** A letter read with every field at {@code confidence}, and these rows. */
    private static ExtractionResult read(double confidence, List<ExtractedCandidate> rows) {
        Map<Field, FieldEvidence> fields = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            fields.put(f, new FieldEvidence(confidence, 1, BOX));
        }
        return new ExtractionResult(DocumentNumber.parse("陕人社函〔2026〕1号"), "陕西省人力资源和社会保障厅", "陕西省公共信用信息中心",
                LocalDate.of(2026, 3, 5), "王敏", "029-88886666", QueryKind.CIVIL_SERVICE, rows, fields);
    }

    private static ExtractedCandidate row(String name, String id, double confidence) {
        return ExtractedCandidate.read(name, IdNumberRepair.examine(id), id, confidence, 2, BOX, 0);
    }

    private static ExtractionResult withField(ExtractionResult r, Field f, String value) {
        return new ExtractionResult(f == Field.DOC_NUMBER ? (value == null ? null : DocumentNumber.parse(value)) : r.docNumber(),
                f == Field.SENDER_UNIT ? value : r.senderUnit(), f == Field.ADDRESSEE ? value : r.addressee(),
                f == Field.LETTER_DATE ? (value == null ? null : LocalDate.parse(value)) : r.letterDate(),
                f == Field.CONTACT_NAME ? value : r.contactName(), f == Field.CONTACT_PHONE ? value : r.contactPhone(),
                f == Field.QUERY_KIND ? (value == null ? null : QueryKind.fromJson(value)) : r.queryKind(),
                r.candidates(), r.fields());
    }

    @Test
    void aSureReadingOfGoodValuesNeedsNoCheck() {
        ExtractionResult r = CHECKS.mark(read(0.99, List.of(row("张伟", ID, 0.99), row("李亚男", OTHER_ID, 1))));
        r.fields().forEach((f, e) -> assertFalse(e.needsCheck(), f + " " + e.doubts()));
        r.candidates().forEach(c -> assertFalse(c.needsCheck(), c.toString()));
        assertEquals(0, r.needsCheckCount());
    }

    @ParameterizedTest
    @EnumSource(Field.class)
    void aFieldNotReadIsThereAndMarkedMissing(Field field) {
        ExtractionResult read = read(0.99, List.of());
        Map<Field, FieldEvidence> fields = new EnumMap<>(read.fields());
        fields.remove(field);
        ExtractionResult r = CHECKS.mark(withField(read.with(List.of(), fields), field, null));
        assertEquals(Set.of(Doubt.MISSING), r.fields().get(field).doubts());
        assertEquals(0, r.fields().get(field).page(), "found on no page");
        Field other = field == Field.DOC_NUMBER ? Field.SENDER_UNIT : Field.DOC_NUMBER;
        assertFalse(r.fields().get(other).needsCheck(), "other fields are not marked");
    }

    @ParameterizedTest
    @CsvSource({"0.899, true", "0.9, false", "0.0, true", "1.0, false"})
    void confidenceBelowTheThresholdIsDoubted(double confidence, boolean doubted) {
        ExtractionResult r = CHECKS.mark(read(confidence, List.of(row("张伟", ID, confidence))));
        for (FieldEvidence e : r.fields().values()) {
            assertEquals(doubted ? Set.of(Doubt.LOW_CONFIDENCE) : Set.of(), e.doubts());
        }
        assertEquals(doubted ? Set.of(Doubt.LOW_CONFIDENCE) : Set.of(), r.candidates().get(0).doubts());
    }

    @ParameterizedTest
    @CsvSource({"CONTACT_NAME, 13912345678, NOT_A_NAME", "CONTACT_NAME, 王, NOT_A_NAME", "CONTACT_NAME, 王敏, ",
            "CONTACT_PHONE, 12345, NOT_A_PHONE", "CONTACT_PHONE, 王敏, NOT_A_PHONE", "CONTACT_PHONE, 13912345678, ",
            "CONTACT_PHONE, 029-88886666转8001, ", "SENDER_UNIT, '  ', MISSING", "SENDER_UNIT, 共, NOT_A_UNIT",
            "SENDER_UNIT, 中共西安, NOT_A_UNIT", "SENDER_UNIT, 中共西安市委, ", "SENDER_UNIT, 井共渭南、委组织部, NOT_A_UNIT", "SENDER_UNIT, 西安市委组织部, ",
            "SENDER_UNIT, 陕西省人力资源和社会保障厅, ", "SENDER_UNIT, 中共西安市委组织部（人才办）, ",
            "SENDER_UNIT, 西安市第3中学, ", "SENDER_UNIT, 陕西省人力资源和社会保障厅abc, NOT_A_UNIT"})
    void valuesThatAreNotWhatTheFieldHoldsAreDoubted(Field field, String value, Doubt doubt) {
        ExtractionResult r = CHECKS.mark(withField(read(1, List.of()), field, value));
        assertEquals(doubt == null ? Set.of() : Set.of(doubt), r.fields().get(field).doubts());
    }

    @Test
    void theReadingsOwnDoubtsAreKept() {
        ExtractionResult read = read(0.99, List.of(row("张伟", ID, 0.99).judged(0.99, Set.of(Doubt.UNREAD_INK))));
        Map<Field, FieldEvidence> fields = new EnumMap<>(read.fields());
        fields.put(Field.SENDER_UNIT, fields.get(Field.SENDER_UNIT).withDoubts(Set.of(Doubt.ENGINES_DISAGREE)));
        ExtractionResult r = CHECKS.mark(read.with(read.candidates(), fields));
        assertEquals(Set.of(Doubt.ENGINES_DISAGREE), r.fields().get(Field.SENDER_UNIT).doubts());
        assertEquals(Set.of(Doubt.UNREAD_INK), r.candidates().get(0).doubts());
    }

    @Test
    void rowsAreJudgedOnTheirNameAndNumber() {
        String misread = "6I0102199OO101123" + ID.charAt(17);
        String typo = ID.substring(0, 16) + (ID.charAt(16) == '1' ? '2' : '1') + ID.charAt(17);
        String unknownCounty = withCheck("61999919900101123");
        ExtractionResult r = CHECKS.mark(read(1, List.of(
                row("张伟", misread, 1),          // repaired to ID
                row("王芳", typo, 1),             // no repair possible
                row("李亚男", OTHER_ID, 1),
                row("赵强", OTHER_ID, 1),         // the number of the row before
                row("周", unknownCounty, 1),      // a one-character name, a county not in the table
                row("13912345678", withCheck("11010519850615441"), 1))));
        assertEquals(List.of(Set.of(Doubt.ID_REPAIRED), Set.of(Doubt.ID_INVALID), Set.of(), Set.of(Doubt.ID_DUPLICATE),
                        Set.of(Doubt.NOT_A_NAME, Doubt.COUNTY_UNKNOWN), Set.of(Doubt.NOT_A_NAME)),
                r.candidates().stream().map(ExtractedCandidate::doubts).toList());
    }

    @Test
    void whatTheClerkLeftKeepsItsDoubtsAndWhatHeTypedIsJudgedOnItsValue() {
        ExtractionResult before = CHECKS.mark(read(0.5, List.of(row("张伟", ID, 0.5), row("李亚", OTHER_ID, 0.5))));
        ExtractionResult sent = withField(before, Field.SENDER_UNIT, "陕西省人力资源和社会保障厅办公室");
        sent = withField(sent, Field.CONTACT_NAME, null);
        sent = sent.with(List.of(before.candidates().get(0), row("李亚男", OTHER_ID, 0.2)), Map.of());
        ExtractionResult r = ReadingChecks.remark(sent, before);

        assertEquals(Set.of(Doubt.LOW_CONFIDENCE), r.fields().get(Field.DOC_NUMBER).doubts(), "left as read");
        assertEquals(0.5, r.fields().get(Field.DOC_NUMBER).confidence());
        FieldEvidence typed = r.fields().get(Field.SENDER_UNIT);
        assertEquals(Set.of(), typed.doubts(), "typed by the clerk");
        assertEquals(1.0, typed.confidence());
        assertEquals(BOX, typed.box(), "the viewer still shows where it was read");
        assertEquals(Set.of(Doubt.MISSING), r.fields().get(Field.CONTACT_NAME).doubts(), "emptied by the clerk");
        assertEquals(Set.of(Doubt.LOW_CONFIDENCE), r.candidates().get(0).doubts(), "the row left as read");
        assertEquals(Set.of(), r.candidates().get(1).doubts(), "the row corrected");
        assertEquals(1.0, r.candidates().get(1).confidence(), "not the confidence the page sent");
    }

    @Test
    void aTypedValueKeepsTheDoubtsItsValueGives() {
        ExtractionResult before = CHECKS.mark(read(1, List.of(row("张伟", ID, 1))));
        ExtractionResult sent = withField(before, Field.CONTACT_PHONE, "8888");
        sent = sent.with(List.of(row("张伟", ID, 1), row("王芳", ID, 1)), Map.of());
        ExtractionResult r = ReadingChecks.remark(sent, before);
        assertEquals(Set.of(Doubt.NOT_A_PHONE), r.fields().get(Field.CONTACT_PHONE).doubts());
        assertEquals(Set.of(Doubt.ID_DUPLICATE), r.candidates().get(1).doubts());
    }

    @Test
    void withNothingStoredBeforeEverythingIsTyped() {
        ExtractionResult r = ReadingChecks.remark(read(0.1, List.of(row("张伟", ID, 0.1))), null);
        r.fields().forEach((f, e) -> assertEquals(Set.of(), e.doubts(), f.key()));
        assertEquals(Set.of(), r.candidates().get(0).doubts());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, 1.01, Double.NaN})
    void theThresholdIsAFraction(double threshold) {
        assertThrows(DomainException.class, () -> new ReadingChecks(threshold));
    }

    @Test
    void anAcceptedRepairIsNoLongerDoubted() {
        String misread = "6I0102199OO101123" + ID.charAt(17);
        ExtractionResult before = CHECKS.mark(read(1, List.of(row("张伟", misread, 1))));
        ExtractedCandidate accepted = ExtractedCandidate.typed("张伟", ID, before.candidates().get(0), true, 1, 2, BOX, 0);
        ExtractionResult r = ReadingChecks.remark(before.with(List.of(accepted), Map.of()), before);
        assertEquals(IdCheck.ACCEPTED, r.candidates().get(0).idCheck());
        assertTrue(r.candidates().get(0).doubts().isEmpty(), r.candidates().get(0).doubts().toString());
    }
}
