package com.creditquerydesk.application.extraction;

import com.creditquerydesk.domain.model.letter.DocumentNumber;
import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.domain.model.letter.QueryKind;
import com.creditquerydesk.domain.model.extraction.IdCheck;
import com.creditquerydesk.domain.model.candidate.IdNumberRepair;
import com.creditquerydesk.domain.model.extraction.ExtractionResult;
import com.creditquerydesk.domain.model.extraction.ExtractionResult.ExtractedCandidate;
import com.creditquerydesk.domain.model.extraction.Field;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the clerk sends is only checked: IDs are never repaired on save, a kept proposal stays marked. */
class CorrectionNormaliseTest {

    private static final String VALID = withCheck("61010219900101123");
    /** The same number as OCR misread it: a REPAIRED proposal. */
    private static final String MISREAD = "6I0102199OO101123" + VALID.charAt(17);

    private static String withCheck(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }

    private static ExtractionResult letter(List<ExtractedCandidate> candidates) {
        return new ExtractionResult(DocumentNumber.parse("陕人社函〔2026〕1号"), "陕西省人力资源和社会保障厅", null, LocalDate.of(2026, 3, 5), null,
                null, QueryKind.OTHER,
                candidates, Map.of());
    }

    private static ExtractedCandidate sent(String name, String id, IdCheck claimedCheck) {
        return new ExtractedCandidate(name, id, true, claimedCheck, null, null, 0.9, 2, null, 0);
    }

    @Test
    void aProposalLeftAsItWasStaysMarkedAndAnythingTypedIsOnlyChecked() {
        ExtractedCandidate proposal = ExtractedCandidate.read("张伟", IdNumberRepair.examine(MISREAD), MISREAD, 0.9, 2, null, 0);
        assertEquals(IdCheck.REPAIRED, proposal.idCheck());
        assertEquals(VALID, proposal.idNumber());
        ExtractionResult stored = letter(List.of(proposal));

        String typo = VALID.substring(0, 16) + (VALID.charAt(16) == '1' ? '2' : '1') + VALID.charAt(17);
        ExtractionResult saved = CorrectionService.normalise(letter(List.of(
                sent("张伟", VALID, IdCheck.VALID),                      // the proposal, unchanged: still REPAIRED
                sent("王 芳", " " + withCheck("11010519850615441").toLowerCase() + " ", IdCheck.REPAIRED), // typed: VALID
                sent("李亚男", typo, IdCheck.VALID),                       // typed wrong: INVALID, never repaired
                sent("赵强", withCheck("61999919900101123"), null))), stored);

        List<ExtractedCandidate> c = saved.candidates();
        assertEquals(List.of(IdCheck.REPAIRED, IdCheck.VALID, IdCheck.INVALID, IdCheck.VALID), c.stream().map(ExtractedCandidate::idCheck).toList());
        assertEquals(MISREAD, c.get(0).idOriginal());
        assertEquals(VALID, c.get(0).idNumber());
        assertEquals("王芳", c.get(1).name());
        assertEquals(withCheck("11010519850615441"), c.get(1).idNumber());
        assertNull(c.get(1).idOriginal());
        assertEquals(typo, c.get(2).idNumber());
        assertFalse(c.get(2).idValid());
        assertTrue(c.get(2).idNote().contains("校验位"), c.get(2).idNote());
        assertTrue(c.get(3).idValid());
        assertTrue(c.get(3).idNote().contains("619999"), c.get(3).idNote());
    }

    @Test
    void aProposalIsAcceptedOnlyByTheClerkAndOnlyThenCanTheLetterBeConfirmed() {
        ExtractedCandidate proposal = ExtractedCandidate.read("张伟", IdNumberRepair.examine(MISREAD), MISREAD, 0.9, 2, null, 0);
        ExtractionResult stored = letter(List.of(proposal));
        assertEquals(List.of("第 1 行身份证号码是自动修复的建议，请对照原件核对后采用或改正"), problemsOf(stored));

        ExtractionResult accepted = CorrectionService.normalise(letter(List.of(sent("张伟", VALID, IdCheck.ACCEPTED))), stored);
        ExtractedCandidate c = accepted.candidates().get(0);
        assertEquals(IdCheck.ACCEPTED, c.idCheck());
        assertEquals(VALID, c.idNumber());
        assertEquals(MISREAD, c.idOriginal(), "what was read stays on record");
        assertEquals(List.of(), problemsOf(accepted));
        assertTrue(CorrectionService.changes(stored, accepted).contains("（自动修复建议） → 张伟 "
                + IdNumber.mask(VALID) + "（自动修复，校对员已确认）"), CorrectionService.changes(stored, accepted));

        // Saved again as it came back (the page sends what it was given): still accepted.
        ExtractionResult again = CorrectionService.normalise(letter(List.of(c)), accepted);
        assertEquals(IdCheck.ACCEPTED, again.candidates().get(0).idCheck());
        // Accepting a number that is not the stored proposal accepts nothing: it is only checked.
        ExtractionResult other = CorrectionService.normalise(letter(List.of(
                sent("张伟", withCheck("11010519850615441"), IdCheck.ACCEPTED))), stored);
        assertEquals(IdCheck.VALID, other.candidates().get(0).idCheck());
        assertNull(other.candidates().get(0).idOriginal());
    }

    private static List<String> problemsOf(ExtractionResult r) {
        return CorrectionService.problems(r).zh;
    }

    @Test
    void aContactThatIsNotANameIsRefusedAndNamedAsTheFieldToGoTo() {
        ExtractionResult base = letter(List.of(sent("张伟", VALID, null)));
        assertEquals(List.of(), problemsOf(withContact(base, null)), "a letter may name no contact");
        assertEquals(List.of(), problemsOf(withContact(base, "王明")));
        CorrectionService.Refusals phone = CorrectionService.problems(withContact(base, "13912345678"));
        assertEquals(1, phone.zh.size(), phone.zh.toString());
        assertTrue(phone.zh.get(0).startsWith("联系人「13912345678」不是姓名："), phone.zh.get(0));
        assertTrue(phone.en.get(0).startsWith("the contact \"13912345678\" is not a name"), phone.en.get(0));
        assertEquals(List.of(Field.CONTACT_NAME), phone.fields);
        // Fields come in the page's order, before the rows, so the page goes to the first one.
        ExtractionResult both = new ExtractionResult(base.docNumber(), base.senderUnit(), null, null, "13912345678",
                null, null, List.of(sent("张伟", VALID, null), sent("李", VALID, null)), Map.of());
        CorrectionService.Refusals refused = CorrectionService.problems(both);
        assertEquals(List.of(Field.LETTER_DATE, Field.CONTACT_NAME, Field.QUERY_KIND), refused.fields);
        assertEquals(List.of(2), refused.rows, "the short name and the repeated ID are both row 2");
    }

    private static ExtractionResult withContact(ExtractionResult r, String contact) {
        return new ExtractionResult(r.docNumber(), r.senderUnit(), r.addressee(), r.letterDate(), contact,
                r.contactPhone(), r.queryKind(), r.candidates(), r.fields());
    }

    @Test
    void withoutAStoredProposalAClaimedRepairIsNotBelieved() {
        ExtractedCandidate c = CorrectionService.normalise(letter(List.of(
                new ExtractedCandidate("张伟", VALID, true, IdCheck.REPAIRED, MISREAD, "x", 1, 2, null, 0))), null).candidates().get(0);
        assertEquals(IdCheck.VALID, c.idCheck());
        assertNull(c.idOriginal());
        assertNull(c.idNote());
    }
}
