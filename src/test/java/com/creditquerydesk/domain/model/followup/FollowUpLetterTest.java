package com.creditquerydesk.domain.model.followup;

import com.creditquerydesk.domain.model.calendar.CalendarFile;
import com.creditquerydesk.domain.model.calendar.WorkingDayCalendar;
import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.domain.model.letter.DocumentNumber;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.letter.IncomingLetterTest;
import com.creditquerydesk.domain.model.letter.LetterStatus;
import com.creditquerydesk.domain.model.letter.LetterStep;
import com.creditquerydesk.domain.model.letter.StoredFile;
import com.creditquerydesk.domain.model.objection.Decision;
import com.creditquerydesk.domain.model.objection.Objection;
import com.creditquerydesk.domain.model.objection.ObjectionRoutes;
import com.creditquerydesk.domain.model.objection.Objector;
import com.creditquerydesk.domain.model.reply.HitRecordRef;
import com.creditquerydesk.domain.model.reply.ReplyContent;
import com.creditquerydesk.domain.model.reply.ReplyKind;
import com.creditquerydesk.domain.model.reply.ReplyLetter;
import com.creditquerydesk.domain.model.reply.ReplyRow;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of the 更正函 and the 不予受理告知 (docs/rules.md#R89–R91): what may be drafted, the four eyes, the sign-off. */
class FollowUpLetterTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(List.of(CalendarFile.bundled()));
    private static final ObjectionRoutes ROUTES = ObjectionRoutes.of(List.of(ObjectionRoutes.bundled()));
    private static final Instant NOW = Instant.parse("2026-10-12T02:00:00Z");
    private static final Set<Role> HANDLER = Set.of(Role.HANDLER);
    private static final HitRecordRef RECORD = new HitRecordRef("西安市雁塔区人民法院", "（2024）陕0113执1234号");
    /** Row 1 without a record, row 2 listed on RECORD. */
    private static final List<ReplyRow> ROWS = List.of(
            new ReplyRow(1, "李娜", id("610113199001011"), ReplyContent.NO_RECORD, List.of()),
            new ReplyRow(2, "王垚", id("610113198809214"), ReplyContent.LISTED, List.of(RECORD)));

    private static IdNumber id(String first15) {
        String first17 = first15 + "56";
        return IdNumber.parse(first17 + IdNumber.checkCharacter(first17));
    }

    private static ReplyLetter signedReply() {
        ReplyLetter r = new ReplyLetter("letter-1", ReplyKind.SHAANXI);
        r.redraft(ReplyKind.SHAANXI, NOW, "handler", "b".repeat(64), "c".repeat(64));
        r.signOff(new DocumentNumber("陕信用函", 2026, 7), 7, NOW, "officer", "d".repeat(64), "CODE");
        return r;
    }

    private static Objection objection(List<Integer> candidates, Decision decision) {
        Objection o = Objection.open(signedReply(), LocalDate.of(2026, 10, 9), 2, new Objection.Opening(candidates,
                Objector.CANDIDATE, LocalDate.of(2026, 10, 9), ROUTES.find("SHAANXI_PROVINCIAL").orElseThrow(),
                new StoredFile("a".repeat(64), "application/pdf", 100, "异议.pdf", 1)), "registry", NOW,
                LocalDate.of(2026, 10, 12), CALENDAR);
        if (decision != null) {
            o.decide(decision, "复核更正", "handler", NOW);
        }
        return o;
    }

    private static FollowUpLetter correction(List<Integer> candidates, List<CorrectedResult> results) {
        return FollowUpLetter.correction(objection(candidates, Decision.CORRECT), signedReply(), ROWS, results, "handler",
                "handler", HANDLER, NOW);
    }

    private static FollowUpLetter drafted() {
        FollowUpLetter c = correction(List.of(2), List.of());
        c.drafted("e".repeat(64), "f".repeat(64));
        return c;
    }

    private static String code(Runnable r) {
        DomainException e = assertThrows(DomainException.class, r::run);
        assertFalse(e.getMessage().isBlank());
        return e.code();
    }

    @Test
    void aCorrectionNeedsAnObjectionDecidedCorrect() {
        assertEquals("OBJECTION_NOT_CORRECTED", code(() -> FollowUpLetter.correction(objection(List.of(2), null),
                signedReply(), ROWS, List.of(), "handler", "handler", HANDLER, NOW)));
        assertEquals("OBJECTION_NOT_CORRECTED", code(() -> FollowUpLetter.correction(objection(List.of(2), Decision.UPHOLD),
                signedReply(), ROWS, List.of(), "handler", "handler", HANDLER, NOW)));
    }

    @Test
    void itIsDraftedByTheRegistryOrTheLettersHandlerOnly() {
        Objection o = objection(List.of(2), Decision.CORRECT);
        assertEquals("NOT_YOUR_LETTER", code(() -> FollowUpLetter.correction(o, signedReply(), ROWS, List.of(), "handler",
                "handler2", HANDLER, NOW)));
        assertEquals("NOT_YOUR_LETTER", code(() -> FollowUpLetter.correction(o, signedReply(), ROWS, List.of(), "handler",
                "reviewer", Set.of(Role.REVIEWER), NOW)));
        assertEquals("registry", FollowUpLetter.correction(o, signedReply(), ROWS, List.of(), "handler", "registry",
                Set.of(Role.REGISTRY_CLERK), NOW).draftedBy());
    }

    @Test
    void itCorrectsTheNamedCandidatesAndNoOther() {
        FollowUpLetter c = correction(List.of(2), List.of());
        assertEquals(List.of(CorrectedResult.noRecord(2)), c.results(), "a listed candidate is cleared by default");
        assertEquals(ReplyKind.CORRECTION, c.kind());
        assertEquals("陕信用函〔2026〕7号", c.correctsNumber());
        assertEquals(FollowUpStatus.DRAFTED, c.status());
        assertEquals("CORRECTION_CANDIDATES", code(() -> correction(List.of(2), List.of(CorrectedResult.noRecord(2),
                CorrectedResult.listed(1, RECORD)))));
        assertEquals("CORRECTION_CANDIDATES", code(() -> correction(List.of(1, 2), List.of(CorrectedResult.noRecord(2)))));
        assertEquals("CORRECTION_CANDIDATE_TWICE", code(() -> correction(List.of(2), List.of(CorrectedResult.noRecord(2),
                CorrectedResult.noRecord(2)))));
        assertEquals("CORRECTION_RESULT_REQUIRED", code(() -> correction(List.of(1), List.of())),
                "a candidate without a record is listed only on a record given");
        FollowUpLetter listed = correction(List.of(1), List.of(CorrectedResult.listed(1, RECORD)));
        assertEquals(List.of(RECORD), listed.results().get(0).records());
    }

    @Test
    void aCorrectionThatSaysWhatTheReplySaidIsRefused() {
        assertEquals("CORRECTION_UNCHANGED", code(() -> correction(List.of(1), List.of(CorrectedResult.noRecord(1)))));
        assertEquals("CORRECTION_UNCHANGED", code(() -> correction(List.of(2), List.of(CorrectedResult.listed(2, RECORD)))));
        FollowUpLetter otherCase = correction(List.of(2), List.of(CorrectedResult.listed(2,
                new HitRecordRef("西安市中级人民法院", "（2025）陕01执恢88号"))));
        assertTrue(otherCase.results().get(0).isListed(), "another record is a correction");
    }

    @Test
    void theCorrectedRowKeepsTheCandidateAndChangesTheResultOnly() {
        ReplyRow row = CorrectedResult.noRecord(2).row(ROWS.get(1));
        assertEquals(List.of("王垚", ROWS.get(1).idNumber().value(), ReplyContent.NO_RECORD, List.<HitRecordRef>of()),
                List.of(row.name(), row.idNumber().value(), row.result(), row.records()));
        assertEquals(ReplyContent.LISTED, CorrectedResult.listed(1, RECORD).row(ROWS.get(0)).result());
        assertThrows(IllegalArgumentException.class, () -> CorrectedResult.noRecord(2).row(ROWS.get(0)));
    }

    @Test
    void aReviewerOtherThanTheDrafterConfirmsItBeforeTheSignOff() {
        FollowUpLetter c = drafted();
        assertTrue(c.needsReview() && c.awaitsReview() && !c.awaitsSignOff());
        assertEquals("CORRECTION_NOT_REVIEWED", code(() -> c.checkSignOff("officer")));
        assertEquals("REVIEWER_IS_DRAFTER", code(() -> c.review("handler", NOW)));
        assertEquals(FollowUpStatus.DRAFTED, c.status(), "nothing changed");
        assertNull(c.reviewedBy());
        c.review("reviewer", NOW);
        assertEquals(List.of(FollowUpStatus.REVIEWED, "reviewer"), List.of(c.status(), c.reviewedBy()));
        assertTrue(c.awaitsSignOff() && !c.awaitsReview());
        assertEquals("CORRECTION_ALREADY_REVIEWED", code(() -> c.review("reviewer2", NOW)));
    }

    @Test
    void theOfficerSignsItOffOnceAndTookNoEarlierStep() {
        FollowUpLetter c = drafted();
        c.review("reviewer", NOW);
        DocumentNumber number = new DocumentNumber("陕信用函", 2026, 8);
        assertEquals("SIGNER_NOT_INDEPENDENT", code(() -> c.signOff(number, 8, NOW, "handler", "9".repeat(64), "C2")));
        assertEquals("SIGNER_NOT_INDEPENDENT", code(() -> c.signOff(number, 8, NOW, "reviewer", "9".repeat(64), "C2")));
        assertNull(c.replyNumber(), "nothing changed");
        c.signOff(number, 8, NOW, "officer", "9".repeat(64), "C2");
        assertEquals(List.of(FollowUpStatus.SIGNED, "陕信用函〔2026〕8号", "officer", "C2"),
                List.of(c.status(), c.replyNumber(), c.signedBy(), c.verificationCode()));
        assertFalse(c.awaitsSignOff());
        assertEquals("FOLLOW_UP_SIGNED", code(() -> c.signOff(new DocumentNumber("陕信用函", 2026, 9), 9, NOW, "officer",
                "8".repeat(64), "C3")));
        assertEquals("FOLLOW_UP_SIGNED", code(() -> c.review("reviewer2", NOW)));
        assertEquals("FOLLOW_UP_SIGNED", code(() -> c.drafted("1".repeat(64), "2".repeat(64))));
        assertEquals("陕信用函〔2026〕8号", c.replyNumber(), "signed once");
    }

    @Test
    void aRefusalNoticeIsForARefusedLetterAndGoesToTheSignOffWithoutReview() {
        IncomingLetter refused = IncomingLetterTest.in(LetterStatus.REJECTED);
        assertEquals("NOT_YOUR_LETTER", code(() -> FollowUpLetter.refusalNotice(refused, "handler2", HANDLER, NOW)));
        FollowUpLetter notice = FollowUpLetter.refusalNotice(refused, "registry", Set.of(Role.REGISTRY_CLERK), NOW);
        assertEquals(List.of(ReplyKind.REFUSAL_NOTICE, FollowUpStatus.DRAFTED), List.of(notice.kind(), notice.status()));
        assertFalse(notice.needsReview() || notice.awaitsReview());
        assertTrue(notice.awaitsSignOff());
        assertEquals("NO_REVIEW_NEEDED", code(() -> notice.review("reviewer", NOW)));
        assertEquals("SIGNER_NOT_INDEPENDENT", code(() -> notice.checkSignOff("registry")));
        notice.signOff(new DocumentNumber("陕信用函", 2026, 10), 10, NOW, "officer", "7".repeat(64), "C4");
        assertEquals(FollowUpStatus.SIGNED, notice.status());
        assertNull(notice.objectionId());
        assertNull(notice.correctsNumber());
    }

    @ParameterizedTest
    @EnumSource(LetterStatus.class)
    void onlyARefusedLetterHasARefusalNotice(LetterStatus status) {
        if (status == LetterStatus.REJECTED) {
            return;
        }
        IncomingLetter letter;
        try {
            letter = IncomingLetterTest.in(status);
        } catch (RuntimeException | AssertionError e) {
            return; // a status the path's helper does not reach (EXTRACTING etc. are reached; see IncomingLetterTest)
        }
        IncomingLetter l = letter;
        assertEquals("LETTER_NOT_REFUSED", code(() -> FollowUpLetter.refusalNotice(l, "registry",
                Set.of(Role.REGISTRY_CLERK), NOW)));
    }

    @Test
    void itWaitsOnTheWorkbenchOfTheReviewerAndThenOfTheOfficerWhoMayTakeTheStep() {
        FollowUpLetter c = drafted();
        assertEquals(Optional.of(LetterStep.FOLLOW_UP_REVIEW), c.awaitedStep("reviewer", Set.of(Role.REVIEWER)));
        assertEquals(Optional.empty(), c.awaitedStep("handler", Set.of(Role.HANDLER, Role.REVIEWER)), "not his own draft");
        assertEquals(Optional.empty(), c.awaitedStep("officer", Set.of(Role.PRINCIPAL_OFFICER)), "not before the review");
        c.review("reviewer", NOW);
        assertEquals(Optional.empty(), c.awaitedStep("reviewer2", Set.of(Role.REVIEWER)));
        assertEquals(Optional.of(LetterStep.FOLLOW_UP_SIGN_OFF), c.awaitedStep("officer", Set.of(Role.PRINCIPAL_OFFICER)));
        assertEquals(Optional.empty(), c.awaitedStep("reviewer", Set.of(Role.REVIEWER, Role.PRINCIPAL_OFFICER)),
                "not by who reviewed it");
        c.signOff(new DocumentNumber("陕信用函", 2026, 8), 8, NOW, "officer", "9".repeat(64), "C2");
        assertEquals(Optional.empty(), c.awaitedStep("officer", Set.of(Role.PRINCIPAL_OFFICER)), "signed");
    }

    @Test
    void itsPdfGoesToThoseWhoseDutyCoversItsCandidates() {
        FollowUpLetter c = drafted();
        c.requireInScopeOf("handler", "handler", HANDLER);
        c.requireInScopeOf("handler", "registry", Set.of(Role.REGISTRY_CLERK));
        c.requireInScopeOf("handler", "officer", Set.of(Role.PRINCIPAL_OFFICER));
        c.requireInScopeOf("handler", "reviewer", Set.of(Role.REVIEWER));
        for (Runnable refused : List.<Runnable>of(() -> c.requireInScopeOf("handler", "handler2", HANDLER),
                () -> c.requireInScopeOf("handler", "clerk", Set.of(Role.CORRECTION_CLERK)),
                () -> c.requireInScopeOf("handler", "admin", Set.of(Role.ADMINISTRATOR)))) {
            assertEquals("PERSONAL_DATA_OUT_OF_SCOPE", code(refused));
        }
        c.review("reviewer", NOW);
        assertEquals("PERSONAL_DATA_OUT_OF_SCOPE", code(() -> c.requireInScopeOf("handler", "reviewer",
                Set.of(Role.REVIEWER))), "a reviewer only while it awaits his review");
        assertTrue(EnumSet.of(FollowUpStatus.REVIEWED).contains(c.status()));
    }
}
