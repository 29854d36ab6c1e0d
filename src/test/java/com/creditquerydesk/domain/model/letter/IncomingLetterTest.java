package com.creditquerydesk.domain.model.letter;

import com.creditquerydesk.domain.model.calendar.CalendarFile;
import com.creditquerydesk.domain.model.calendar.WorkingDayCalendar;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static com.creditquerydesk.domain.model.letter.LetterStatus.DISPATCHED;
import static com.creditquerydesk.domain.model.letter.LetterStatus.DRAFTED;
import static com.creditquerydesk.domain.model.letter.LetterStatus.EXTRACTED;
import static com.creditquerydesk.domain.model.letter.LetterStatus.EXTRACTING;
import static com.creditquerydesk.domain.model.letter.LetterStatus.FAILED;
import static com.creditquerydesk.domain.model.letter.LetterStatus.IN_REVIEW;
import static com.creditquerydesk.domain.model.letter.LetterStatus.RECEIVED;
import static com.creditquerydesk.domain.model.letter.LetterStatus.REJECTED;
import static com.creditquerydesk.domain.model.letter.LetterStatus.REVIEWED;
import static com.creditquerydesk.domain.model.letter.LetterStatus.SCREENED;
import static com.creditquerydesk.domain.model.letter.LetterStatus.SIGNED;
import static com.creditquerydesk.domain.model.letter.LetterStatus.VERIFIED;
import static com.creditquerydesk.domain.model.letter.LetterStatus.VOIDED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The letter's path: every step from every status, allowed or refused, and who may take it. */
public class IncomingLetterTest {

    private static final String CLERK = "clerk";
    private static final String HANDLER = "handler";

    /** Each public step of the letter, with the statuses it starts from and where it leads, and its refusal. */
    enum Step {
        START_READING(l -> l.startReading(), "STATUS_TRANSITION_REFUSED",
                Map.of(RECEIVED, EXTRACTING, EXTRACTING, EXTRACTING)),
        FINISH_READING(l -> l.finishReading("某市人社局", DocumentNumber.parse("某人社函〔2026〕1号")), "STATUS_TRANSITION_REFUSED",
                Map.of(EXTRACTING, EXTRACTED)),
        FAIL_READING(l -> l.failReading("无法识别"), "STATUS_TRANSITION_REFUSED",
                Map.of(RECEIVED, FAILED, EXTRACTING, FAILED)),
        RETRY_READING(IncomingLetter::retryReading, "RETRY_NOT_FAILED", Map.of(FAILED, RECEIVED)),
        CORRECT(l -> l.correct(CLERK, Set.of(Role.CORRECTION_CLERK), "某市人社局", DocumentNumber.parse("某人社函〔2026〕1号")), "LETTER_NOT_CORRECTABLE",
                Map.of(EXTRACTED, EXTRACTED, FAILED, EXTRACTED, VERIFIED, EXTRACTED)),
        CONFIRM(l -> l.confirm(CLERK, HANDLER), "LETTER_NOT_EXTRACTED", Map.of(EXTRACTED, VERIFIED)),
        CHECK_SCREENING(l -> l.checkScreening(HANDLER), "LETTER_NOT_VERIFIED", Map.of(VERIFIED, VERIFIED)),
        RECORD_SCREENING_CLEAR(l -> l.recordScreening(HANDLER, false), "LETTER_NOT_VERIFIED", Map.of(VERIFIED, SCREENED)),
        RECORD_SCREENING_HIT(l -> l.recordScreening(HANDLER, true), "LETTER_NOT_VERIFIED", Map.of(VERIFIED, IN_REVIEW)),
        CHECK_HIT_REVIEW(l -> l.checkHitReview("reviewer"), "LETTER_NOT_IN_REVIEW", Map.of(IN_REVIEW, IN_REVIEW)),
        COMPLETE_REVIEW(l -> l.completeReview("reviewer"), "LETTER_NOT_IN_REVIEW", Map.of(IN_REVIEW, REVIEWED)),
        DRAFT_REPLY(l -> l.draftReply(HANDLER), "LETTER_NOT_READY_FOR_REPLY",
                Map.of(SCREENED, DRAFTED, REVIEWED, DRAFTED, DRAFTED, DRAFTED)),
        RETURN_UNREVIEWED_DRAFT(l -> l.returnDraft("officer", "请修改", false, Set.of("reviewer")), "REPLY_NOT_AWAITING_SIGN_OFF", Map.of(DRAFTED, SCREENED)),
        RETURN_REVIEWED_DRAFT(l -> l.returnDraft("officer", "请修改", true, Set.of("reviewer")), "REPLY_NOT_AWAITING_SIGN_OFF", Map.of(DRAFTED, REVIEWED)),
        CHECK_SIGN_OFF(IncomingLetter::checkSignOff, "REPLY_NOT_AWAITING_SIGN_OFF", Map.of(DRAFTED, DRAFTED)),
        SIGN_OFF(l -> l.signOff("officer", Set.of("reviewer")), "REPLY_NOT_AWAITING_SIGN_OFF", Map.of(DRAFTED, SIGNED)),
        DISPATCH(l -> l.dispatch("registry"), "STATUS_TRANSITION_REFUSED", Map.of(SIGNED, DISPATCHED)),
        // A further file before confirmation: the letter waits to be read again (docs/rules.md#R61).
        ADD_FILE(l -> l.addFile(file('f', 1)), "FILE_NOT_ADDABLE", Map.of(RECEIVED, RECEIVED, EXTRACTED, RECEIVED,
                FAILED, RECEIVED)),
        // 延期 (docs/rules.md#R63): by the handler, once the letter has one, until its reply is signed.
        EXTEND(l -> l.extendDueDate(LocalDate.of(2026, 3, 11), extension(), LocalDate.of(2026, 3, 6), CALENDAR),
                "LETTER_NOT_EXTENDABLE", Map.of(VERIFIED, VERIFIED, SCREENED, SCREENED, IN_REVIEW, IN_REVIEW,
                REVIEWED, REVIEWED, DRAFTED, DRAFTED)),
        // 不予受理 (docs/rules.md#R64): not while it is read, nor once answered or ended.
        REJECT(l -> l.reject(Set.of(Role.REGISTRY_CLERK), rejection()), "LETTER_NOT_REJECTABLE",
                Map.of(RECEIVED, REJECTED, EXTRACTED, REJECTED, FAILED, REJECTED, VERIFIED, REJECTED, SCREENED, REJECTED,
                        IN_REVIEW, REJECTED, REVIEWED, REJECTED, DRAFTED, REJECTED)),
        // 作废 (docs/rules.md#R65): not while it is read, nor once its reply is signed.
        VOID(l -> l.voidRegistration(new Voiding("误登记", "admin", Instant.parse("2026-03-06T03:00:00Z"))),
                "LETTER_NOT_VOIDABLE", Map.of(RECEIVED, VOIDED, EXTRACTED, VOIDED, FAILED, VOIDED, VERIFIED, VOIDED,
                SCREENED, VOIDED, IN_REVIEW, VOIDED, REVIEWED, VOIDED, DRAFTED, VOIDED, REJECTED, VOIDED));

        final Consumer<IncomingLetter> action;
        final String refusal;
        final Map<LetterStatus, LetterStatus> leadsTo;

        Step(Consumer<IncomingLetter> action, String refusal, Map<LetterStatus, LetterStatus> leadsTo) {
            this.action = action;
            this.refusal = refusal;
            this.leadsTo = leadsTo;
        }
    }

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(java.util.List.of(CalendarFile.bundled()));

    /** An extension after a call on 2026-03-06, the day after {@link #received()}. */
    static Extension extension() {
        return new Extension("名单人数较多", Instant.parse("2026-03-06T02:00:00Z"), "王科长", ContactChannel.PHONE,
                HANDLER, Instant.parse("2026-03-06T03:00:00Z"));
    }

    static Rejection rejection() {
        return new Rejection(RejectionReason.WRONG_ADDRESSEE, null, "registry", Instant.parse("2026-03-06T03:00:00Z"));
    }

    static IncomingLetter received() {
        return new IncomingLetter(new ReceiptNumber(2026, 1), Channel.PAPER, null, Instant.parse("2026-03-05T01:00:00Z"),
                LocalDate.of(2026, 3, 10), "registry", new StoredFile("a".repeat(64), "application/pdf", 10, "x.pdf", 2));
    }

    /** A letter brought to {@code status} by the steps of the path (the shortest way there). */
    public static IncomingLetter in(LetterStatus status) {
        IncomingLetter l = switch (status) {
            case FAILED -> {
                IncomingLetter reading = in(EXTRACTING);
                reading.failReading("无法识别");
                yield reading;
            }
            case IN_REVIEW, REVIEWED -> {
                IncomingLetter verified = in(VERIFIED);
                verified.recordScreening(HANDLER, true);
                if (status == REVIEWED) {
                    verified.completeReview("reviewer");
                }
                yield verified;
            }
            case REJECTED -> {
                IncomingLetter verified = in(VERIFIED);
                verified.reject(Set.of(Role.REGISTRY_CLERK), rejection());
                yield verified;
            }
            case VOIDED -> {
                IncomingLetter l2 = received();
                l2.voidRegistration(new Voiding("误登记", "admin", Instant.parse("2026-03-06T03:00:00Z")));
                yield l2;
            }
            default -> along(received(), status);
        };
        assertEquals(status, l.status());
        return l;
    }

    /** Takes the main path's steps, as the table gives them, until the letter is {@code status}. */
    private static IncomingLetter along(IncomingLetter l, LetterStatus status) {
        for (LetterStatus next : new LetterStatus[]{RECEIVED, EXTRACTING, EXTRACTED, VERIFIED, SCREENED, DRAFTED, SIGNED,
                DISPATCHED}) {
            if (next != RECEIVED) {
                Arrays.stream(Step.values()).filter(s -> s.leadsTo.get(l.status()) == next).findFirst().orElseThrow()
                        .action.accept(l);
            }
            if (next == status) {
                return l;
            }
        }
        throw new AssertionError(status + " is not on the main path");
    }

    static Stream<Arguments> everyStepFromEveryStatus() {
        return Arrays.stream(LetterStatus.values())
                .flatMap(status -> Arrays.stream(Step.values()).map(step -> Arguments.of(status, step)));
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("everyStepFromEveryStatus")
    void eachStepIsTakenFromItsStatusesOnlyAndLeadsWhereThePathSays(LetterStatus from, Step step) {
        IncomingLetter letter = in(from);
        LetterStatus expected = step.leadsTo.get(from);
        if (expected != null) {
            step.action.accept(letter);
            assertEquals(expected, letter.status());
        } else {
            DomainException e = assertThrows(DomainException.class, () -> step.action.accept(letter));
            assertEquals(step.refusal, e.code());
            assertEquals(from, letter.status(), "a refused step changes nothing");
        }
    }

    @Test
    void theTableCoversEveryStatus() {
        Map<LetterStatus, Integer> ways = new EnumMap<>(LetterStatus.class);
        for (Step s : Step.values()) {
            s.leadsTo.forEach((from, to) -> ways.merge(from, 1, Integer::sum));
        }
        for (LetterStatus s : LetterStatus.values()) {
            assertEquals(s != DISPATCHED && s != VOIDED, ways.containsKey(s), s + ": only DISPATCHED and VOIDED are final");
        }
    }

    @Test
    void onlyTheAssignedHandlerScreensAndDrafts() {
        IncomingLetter verified = in(VERIFIED);
        DomainException e = assertThrows(DomainException.class, () -> verified.recordScreening("handler2", false));
        assertEquals("NOT_YOUR_LETTER", e.code());
        assertEquals(DomainException.Kind.FORBIDDEN, e.kind());
        assertThrows(DomainException.class, () -> verified.checkScreening("handler2"));
        assertEquals(VERIFIED, verified.status());

        IncomingLetter screened = in(SCREENED);
        assertEquals("NOT_YOUR_LETTER", assertThrows(DomainException.class, () -> screened.draftReply("handler2")).code());
        assertEquals(SCREENED, screened.status());
        screened.reassign("handler2");
        screened.draftReply("handler2");
        assertEquals(DRAFTED, screened.status());
    }

    @Test
    void confirmingAgainKeepsTheHandlerTheLetterHas() {
        IncomingLetter l = in(VERIFIED);
        assertEquals(HANDLER, l.handler());
        l.correct(CLERK, Set.of(Role.CORRECTION_CLERK), "某市人社局", DocumentNumber.parse("某人社函〔2026〕2号"));
        assertEquals("校对修改后待重新确认", l.statusReason());
        l.confirm(CLERK, "handler2");
        assertEquals(HANDLER, l.handler());
    }

    @Test
    void theConfirmedReadingsKindIsKeptAsTheReplyAnswersIt() {
        IncomingLetter l = in(EXTRACTED);
        assertThrows(DomainException.class, () -> l.recordQueryKind(QueryKind.PUBLIC_INSTITUTION), "not before confirmation");
        assertEquals(java.util.Optional.empty(), l.queryKind());
        l.confirm(CLERK, HANDLER);
        l.recordQueryKind(null);
        assertEquals(java.util.Optional.of(QueryKind.CIVIL_SERVICE), l.queryKind(), "a kind not read is answered as civil service");
        l.recordQueryKind(QueryKind.PUBLIC_INSTITUTION);
        assertEquals(java.util.Optional.of(QueryKind.PUBLIC_INSTITUTION), l.queryKind());
    }

    @Test
    void theLetterRecordsWhoDidEachStep() {
        IncomingLetter l = in(EXTRACTED);
        l.correct("clerk2", Set.of(Role.CORRECTION_CLERK), "某市人社局", DocumentNumber.parse("某人社函〔2026〕1号"));
        l.confirm(CLERK, HANDLER);
        l.recordScreening(HANDLER, true);
        l.completeReview("reviewer");
        l.draftReply(HANDLER);
        l.signOff("officer", Set.of("reviewer"));
        l.dispatch("registry2");
        assertEquals("clerk2", l.correctedBy());
        assertEquals(CLERK, l.verifiedBy());
        assertEquals(HANDLER, l.screenedBy());
        assertEquals("reviewer", l.reviewedBy());
        assertEquals(HANDLER, l.draftedBy());
        assertEquals("officer", l.signedBy());
        assertEquals("registry2", l.dispatchedBy());
    }

    /** A letter whose hits await review, each earlier step taken by another person. */
    private static IncomingLetter inReviewBy(String corrector, String confirmer, String screener) {
        IncomingLetter l = in(EXTRACTED);
        l.correct(corrector, Set.of(Role.CORRECTION_CLERK), "某市人社局", DocumentNumber.parse("某人社函〔2026〕1号"));
        l.confirm(confirmer, screener);
        l.recordScreening(screener, true);
        return l;
    }

    @ParameterizedTest(name = "a reviewer who {0} the letter")
    @MethodSource("earlierHands")
    void nobodyWhoTookAnEarlierStepReviewsTheHits(String hand) {
        IncomingLetter l = inReviewBy("corrector", "confirmer", "screener");
        l.reassign("handler2");
        String reviewer = switch (hand) {
            case "corrected" -> "corrector";
            case "confirmed" -> "confirmer";
            case "screened" -> "screener";
            default -> "handler2";
        };
        DomainException e = assertThrows(DomainException.class, () -> l.completeReview(reviewer));
        assertEquals("REVIEWER_NOT_INDEPENDENT", e.code());
        assertEquals(DomainException.Kind.FORBIDDEN, e.kind());
        assertTrue(e.getMessage().contains(hand), e.getMessage());
        assertEquals(IN_REVIEW, l.status());
        l.completeReview("reviewer");
        assertEquals(REVIEWED, l.status());
    }

    static Stream<String> earlierHands() {
        return Stream.of("corrected", "confirmed", "screened", "handle");
    }

    @Test
    void reassigningALetterDoesNotMakeItsScreenerItsReviewer() {
        // The attack of issue 13: screen, have the letter given to someone else, then confirm one's own hit.
        IncomingLetter l = inReviewBy("clerk", "clerk", "handler");
        l.reassign("handler2");
        assertEquals("REVIEWER_NOT_INDEPENDENT",
                assertThrows(DomainException.class, () -> l.checkHitReview("handler")).code());
    }

    @ParameterizedTest(name = "an officer who {0} the letter")
    @MethodSource("earlierHandsBeforeSignOff")
    void nobodyWhoTookAnEarlierStepSignsTheReply(String hand) {
        IncomingLetter l = inReviewBy("corrector", "confirmer", "screener");
        l.completeReview("reviewer");
        l.reassign("drafter");
        l.draftReply("drafter");
        l.reassign("handler2");
        String officer = switch (hand) {
            case "corrected" -> "corrector";
            case "confirmed" -> "confirmer";
            case "screened" -> "screener";
            case "drafted" -> "drafter";
            case "reviewed a hit of" -> "reviewer2";
            default -> "handler2";
        };
        Set<String> reviewers = Set.of("reviewer", "reviewer2");
        DomainException e = assertThrows(DomainException.class, () -> l.signOff(officer, reviewers));
        assertEquals("SIGNER_NOT_INDEPENDENT", e.code());
        assertEquals(DomainException.Kind.FORBIDDEN, e.kind());
        assertTrue(e.getMessage().contains(hand), e.getMessage());
        assertEquals(DRAFTED, l.status());
        assertNull(l.signedBy());
        l.signOff("officer", reviewers);
        assertEquals(SIGNED, l.status());
    }

    @ParameterizedTest(name = "an officer who {0} the letter")
    @MethodSource("earlierHandsBeforeSignOff")
    void nobodyWhoTookAnEarlierStepReturnsTheDraft(String hand) {
        IncomingLetter l = inReviewBy("corrector", "confirmer", "screener");
        l.completeReview("reviewer");
        l.reassign("drafter");
        l.draftReply("drafter");
        l.reassign("handler2");
        String officer = switch (hand) {
            case "corrected" -> "corrector";
            case "confirmed" -> "confirmer";
            case "screened" -> "screener";
            case "drafted" -> "drafter";
            case "reviewed a hit of" -> "reviewer2";
            default -> "handler2";
        };
        Set<String> reviewers = Set.of("reviewer", "reviewer2");
        DomainException e = assertThrows(DomainException.class,
                () -> l.returnDraft(officer, "请修改", true, reviewers));
        assertEquals("SIGNER_NOT_INDEPENDENT", e.code());
        assertTrue(e.getMessage().contains("return its reply"), e.getMessage());
        assertEquals(DRAFTED, l.status());
        l.returnDraft("officer", "请修改", true, reviewers);
        assertEquals(REVIEWED, l.status());
    }

    static Stream<String> earlierHandsBeforeSignOff() {
        return Stream.of("corrected", "confirmed", "screened", "drafted", "reviewed a hit of", "handle");
    }

    @Test
    void aHandlerWhoIsAlsoAnOfficerCannotSignHisOwnDraft() {
        IncomingLetter l = in(DRAFTED);
        assertEquals(HANDLER, l.draftedBy());
        assertEquals("SIGNER_NOT_INDEPENDENT",
                assertThrows(DomainException.class, () -> l.checkSignOff(HANDLER, Set.of())).code());
        l.checkSignOff("officer", Set.of());
    }

    @ParameterizedTest(name = "personal data of a {0} letter")
    @MethodSource("statuses")
    void personalDataIsInScopeOnlyOfTheDutiesThatNeedIt(LetterStatus status) {
        IncomingLetter l = in(status);
        boolean beforeConfirmation = EnumSet.of(RECEIVED, EXTRACTING, EXTRACTED, FAILED).contains(status);
        assertEquals(beforeConfirmation, l.personalDataInScopeOf("clerk2", Set.of(Role.CORRECTION_CLERK)),
                "any correction clerk, until the list is confirmed");
        assertEquals(beforeConfirmation || status == VERIFIED, l.personalDataInScopeOf(CLERK, Set.of(Role.CORRECTION_CLERK)),
                "the clerk who confirmed it, until it is screened");
        boolean assigned = l.handler() != null;
        assertEquals(assigned, l.personalDataInScopeOf(HANDLER, Set.of(Role.HANDLER)), "its handler, once assigned");
        assertFalse(l.personalDataInScopeOf(HANDLER, Set.of(Role.REVIEWER)), "the handler's name without the role");
        assertFalse(l.personalDataInScopeOf("handler2", Set.of(Role.HANDLER)), "another handler");
        for (Role other : EnumSet.complementOf(EnumSet.of(Role.CORRECTION_CLERK, Role.HANDLER))) {
            assertFalse(l.personalDataInScopeOf("someone", EnumSet.of(other)), other.name());
        }
    }

    @Test
    void theHitsAreInScopeOfAnIndependentReviewerWhileTheyAwaitReview() {
        IncomingLetter l = inReviewBy("corrector", "confirmer", "screener");
        assertTrue(l.hitsInScopeOf("reviewer", Set.of(Role.REVIEWER)));
        assertFalse(l.hitsInScopeOf("reviewer", Set.of(Role.HANDLER)), "without the reviewer role");
        for (String earlier : new String[]{"corrector", "confirmer", "screener"}) {
            assertFalse(l.hitsInScopeOf(earlier, Set.of(Role.REVIEWER)), earlier + " took an earlier step");
        }
        l.completeReview("reviewer");
        assertFalse(l.hitsInScopeOf("reviewer", Set.of(Role.REVIEWER)), "once reviewed");
    }

    /** The review of a possible hit compares the page with the record (docs/rules.md#R58): pages, for that only. */
    @Test
    void thePagesAreInScopeOfAnIndependentReviewerOnlyWhileAPossibleHitAwaitsHim() {
        IncomingLetter l = inReviewBy("corrector", "confirmer", "screener");
        l.requirePagesInScopeOf("reviewer", Set.of(Role.REVIEWER), true);
        l.requirePagesInScopeOf("screener", Set.of(Role.HANDLER), false);
        assertEquals("PERSONAL_DATA_OUT_OF_SCOPE", assertThrows(DomainException.class,
                () -> l.requirePagesInScopeOf("reviewer", Set.of(Role.REVIEWER), false), "exact hits only").code());
        assertEquals("PERSONAL_DATA_OUT_OF_SCOPE", assertThrows(DomainException.class,
                () -> l.requirePagesInScopeOf("screener", Set.of(Role.REVIEWER), true), "took an earlier step").code());
        assertEquals("PERSONAL_DATA_OUT_OF_SCOPE", assertThrows(DomainException.class,
                () -> l.requirePagesInScopeOf("officer", Set.of(Role.PRINCIPAL_OFFICER), true), "not a reviewer").code());
        l.completeReview("reviewer");
        assertEquals("PERSONAL_DATA_OUT_OF_SCOPE", assertThrows(DomainException.class,
                () -> l.requirePagesInScopeOf("reviewer", Set.of(Role.REVIEWER), true), "once reviewed").code());
    }

    @ParameterizedTest(name = "a screener who {0} the list")
    @MethodSource("handsOnTheList")
    void nobodyScreensAListHeCorrectedOrConfirmed(String hand) {
        IncomingLetter l = in(EXTRACTED);
        l.correct("corrector", Set.of(Role.CORRECTION_CLERK), "某市人社局", DocumentNumber.parse("某人社函〔2026〕1号"));
        l.confirm("confirmer", HANDLER);
        String screener = hand.equals("corrected") ? "corrector" : "confirmer";
        l.reassign(screener);
        DomainException e = assertThrows(DomainException.class, () -> l.recordScreening(screener, false));
        assertEquals("SCREENER_NOT_INDEPENDENT", e.code());
        assertEquals(DomainException.Kind.FORBIDDEN, e.kind());
        assertTrue(e.getMessage().contains(hand), e.getMessage());
        assertEquals(VERIFIED, l.status());
        l.reassign(HANDLER);
        l.recordScreening(HANDLER, false);
        assertEquals(SCREENED, l.status());
    }

    static Stream<String> handsOnTheList() {
        return Stream.of("corrected", "confirmed");
    }

    @Test
    void aConfirmedListIsTakenBackOnlyByTheClerkWhoConfirmedIt() {
        IncomingLetter l = in(VERIFIED);
        DomainException e = assertThrows(DomainException.class, () -> l.correct("clerk2", Set.of(Role.CORRECTION_CLERK),
                "某市人社局", DocumentNumber.parse("某人社函〔2026〕3号")));
        assertEquals("PERSONAL_DATA_OUT_OF_SCOPE", e.code());
        assertEquals(VERIFIED, l.status());
        l.correct(CLERK, Set.of(Role.CORRECTION_CLERK), "某市人社局", DocumentNumber.parse("某人社函〔2026〕3号"));
        assertEquals(EXTRACTED, l.status());
    }

    @ParameterizedTest(name = "the reply of a {0} letter")
    @MethodSource("statuses")
    void theReplyIsInScopeOfItsHandlerTheOfficerAndOnceSignedTheRegistry(LetterStatus status) {
        IncomingLetter l = in(status);
        boolean signed = EnumSet.of(SIGNED, DISPATCHED).contains(status);
        assertEquals(l.handler() != null, inReplyScope(l, HANDLER, Role.HANDLER), "its handler");
        assertTrue(inReplyScope(l, "officer", Role.PRINCIPAL_OFFICER), "an officer");
        assertEquals(signed, inReplyScope(l, "registry", Role.REGISTRY_CLERK), "the registry, once signed");
        assertFalse(inReplyScope(l, "handler2", Role.HANDLER), "another handler");
        for (Role other : EnumSet.of(Role.CORRECTION_CLERK, Role.REVIEWER, Role.AUDITOR, Role.ADMINISTRATOR,
                Role.SECURITY_ADMINISTRATOR)) {
            assertFalse(inReplyScope(l, HANDLER, other), other.name());
        }
    }

    private static boolean inReplyScope(IncomingLetter l, String who, Role role) {
        try {
            l.requireReplyInScopeOf(who, Set.of(role));
            return true;
        } catch (DomainException e) {
            assertEquals("PERSONAL_DATA_OUT_OF_SCOPE", e.code());
            return false;
        }
    }

    /** The refusals a letter lists are those its steps give, only for steps it awaits and roles the person holds. */
    @Test
    void theRefusalsAreTheStepsOwnRefusals() {
        Set<Role> all = EnumSet.of(Role.CORRECTION_CLERK, Role.HANDLER, Role.REVIEWER, Role.PRINCIPAL_OFFICER);
        IncomingLetter verified = in(VERIFIED);
        assertEquals(Set.of(), verified.refusals(HANDLER, Set.of(Role.HANDLER), Set.of()).keySet(), "his own letter");
        assertEquals(Map.of(LetterStep.SCREEN, "NOT_YOUR_LETTER", LetterStep.CORRECT, "PERSONAL_DATA_OUT_OF_SCOPE"),
                codes(verified.refusals("handler2", all, Set.of())));
        verified.reassign(CLERK);
        assertEquals(Map.of(LetterStep.SCREEN, "SCREENER_NOT_INDEPENDENT"), codes(verified.refusals(CLERK, all, Set.of())),
                "the clerk who confirmed it, given the letter, may take it back, not screen it");

        IncomingLetter inReview = in(IN_REVIEW);
        assertEquals(Map.of(LetterStep.REVIEW, "REVIEWER_NOT_INDEPENDENT"),
                codes(inReview.refusals(HANDLER, all, Set.of())));
        assertEquals(Map.of(), codes(inReview.refusals("reviewer", all, Set.of())));
        assertEquals(Map.of(), codes(inReview.refusals(HANDLER, Set.of(Role.HANDLER), Set.of())), "no reviewer role");

        IncomingLetter drafted = in(DRAFTED);
        assertEquals(Map.of(LetterStep.DRAFT, "NOT_YOUR_LETTER", LetterStep.SIGN_OFF, "SIGNER_NOT_INDEPENDENT"),
                codes(drafted.refusals("reviewer2", all, Set.of("reviewer2"))));
        assertEquals(Map.of(LetterStep.SIGN_OFF, "SIGNER_NOT_INDEPENDENT"), codes(drafted.refusals(HANDLER, all, Set.of())));
        assertEquals(Map.of(), codes(drafted.refusals("officer", Set.of(Role.PRINCIPAL_OFFICER), Set.of())));
        assertEquals(Map.of(), codes(in(SIGNED).refusals("handler2", all, Set.of())), "a signed letter awaits none of them");
    }

    private static Map<LetterStep, String> codes(Map<LetterStep, DomainException> refusals) {
        Map<LetterStep, String> codes = new EnumMap<>(LetterStep.class);
        refusals.forEach((step, e) -> codes.put(step, e.code()));
        return codes;
    }

    static Stream<LetterStatus> statuses() {
        return Arrays.stream(LetterStatus.values());
    }

    @Test
    void readingRecordsTheRequestAndThePages() {
        IncomingLetter l = received();
        assertFalse(l.startReading(), "a first reading");
        l.recordProgress(1);
        assertTrue(l.startReading(), "a reading cut off by a restart is resumed");
        assertEquals(0, l.pagesDone());
        l.finishReading("某市人社局", DocumentNumber.parse("某人社函〔2026〕1号"));
        assertEquals(2, l.pagesDone());
        assertEquals("某市人社局", l.requestingUnit());
        assertEquals("某人社函〔2026〕1号", l.docNumber());
        assertNull(l.statusReason());
    }

    /** Only a FAILED reading can be tried again, and it starts over: RECEIVED, no page read yet, no reason. */
    @Test
    void aRetriedReadingStartsOver() {
        IncomingLetter l = in(EXTRACTING);
        l.recordProgress(1);
        l.failReading("OCR 出错");
        l.retryReading();
        assertEquals(RECEIVED, l.status());
        assertEquals(0, l.pagesDone());
        assertNull(l.statusReason());
        assertEquals(DomainException.Kind.CONFLICT, assertThrows(DomainException.class, l::retryReading).kind());
    }

    @Test
    void aRequestTooLongForItsColumnsIsRefused() {
        IncomingLetter l = in(EXTRACTING);
        assertEquals("REQUESTING_UNIT_TOO_LONG", assertThrows(DomainException.class,
                () -> l.finishReading("单".repeat(IncomingLetter.MAX_REQUESTING_UNIT + 1), null)).code());
        assertEquals("DOC_NUMBER_TOO_LONG", assertThrows(DomainException.class,
                () -> l.finishReading("某市人社局", new DocumentNumber("函".repeat(IncomingLetter.MAX_DOC_NUMBER - 7), 2026, 1)))
                .code());
        assertEquals(EXTRACTING, l.status());
        l.finishReading("单".repeat(IncomingLetter.MAX_REQUESTING_UNIT),
                new DocumentNumber("函".repeat(IncomingLetter.MAX_DOC_NUMBER - 8), 2026, 1));
        assertEquals(EXTRACTED, l.status());
    }

    @Test
    void reasonsSayWhyTheLetterIsWhereItIs() {
        IncomingLetter failed = in(FAILED);
        assertEquals("无法识别", failed.statusReason());
        failed.correct(CLERK, Set.of(Role.CORRECTION_CLERK), "某市人社局", DocumentNumber.parse("某人社函〔2026〕1号"));
        assertEquals("人工录入", failed.statusReason());

        IncomingLetter inReview = in(IN_REVIEW);
        assertEquals("命中结果待二次复核", inReview.statusReason());

        IncomingLetter drafted = in(DRAFTED);
        drafted.returnDraft("officer", "金额有误", false, Set.of());
        assertEquals("签发人退回：金额有误", drafted.statusReason());
    }

    @Test
    void onlyReceivedAndExtractingMeanStillWorking() {
        for (LetterStatus s : LetterStatus.values()) {
            assertEquals(s == RECEIVED || s == EXTRACTING, s.isWorking());
        }
    }

    @Test
    void overdueIsAfterTheDueDateWhileOpen() {
        IncomingLetter l = received();
        assertFalse(l.isOverdue(LocalDate.of(2026, 3, 10)));
        assertTrue(l.isOverdue(LocalDate.of(2026, 3, 11)));
        assertFalse(in(SIGNED).isOverdue(LocalDate.of(2026, 3, 11)), "a signed reply is no longer overdue");
    }

    @Test
    void receiptNumbersFormatAndParse() {
        assertEquals("收2026-0001", new ReceiptNumber(2026, 1).value());
        assertEquals("收2026-12345", new ReceiptNumber(2026, 12345).value());
        assertEquals(new ReceiptNumber(2026, 42), ReceiptNumber.parse("收2026-0042"));
        assertThrows(DomainException.class, () -> ReceiptNumber.parse("2026-0042"));
        assertThrows(DomainException.class, () -> new ReceiptNumber(2026, 0));
    }

    private static StoredFile file(char hash, int pages) {
        return new StoredFile(String.valueOf(hash).repeat(64), "text/csv", 10, hash + ".csv", pages);
    }

    private static IncomingLetter withAttachments(java.util.List<StoredFile> attachments) {
        return new IncomingLetter(new ReceiptNumber(2026, 2), Channel.PAPER, null, Instant.parse("2026-03-05T01:00:00Z"),
                LocalDate.of(2026, 3, 10), "registry", file('a', 2), attachments);
    }

    @Test
    void attachmentsAreKeptInOrderAndCountTowardsThePages() {
        IncomingLetter l = withAttachments(java.util.List.of(file('b', 1), file('c', 3)));
        assertEquals(java.util.List.of('b', 'c'), l.attachments().stream().map(f -> f.sha256().charAt(0)).toList());
        assertEquals(6, l.pages());
        l.startReading();
        l.recordProgress(99);
        assertEquals(6, l.pagesDone(), "progress stops at the pages of all the files");
    }

    @Test
    void theSameFileTwiceOrTooManyAttachmentsAreRefused() {
        assertEquals("FILE_REPEATED", org.junit.jupiter.api.Assertions.assertThrows(DomainException.class,
                () -> withAttachments(java.util.List.of(file('b', 1), file('b', 1)))).code());
        assertEquals("FILE_REPEATED", org.junit.jupiter.api.Assertions.assertThrows(DomainException.class,
                () -> withAttachments(java.util.List.of(file('a', 1)))).code(), "an attachment that is the letter");
        java.util.List<StoredFile> eleven = new java.util.ArrayList<>();
        for (char c = 'b'; c < 'b' + IncomingLetter.MAX_ATTACHMENTS + 1; c++) {
            eleven.add(file(c, 1));
        }
        assertEquals("TOO_MANY_ATTACHMENTS", org.junit.jupiter.api.Assertions.assertThrows(DomainException.class,
                () -> withAttachments(eleven)).code());
        assertEquals(IncomingLetter.MAX_ATTACHMENTS, withAttachments(eleven.subList(0, 10)).attachments().size());
    }

    @Test
    void aFileAddedBeforeConfirmationComesLastAndTheLetterIsReadAgainFromAllItsFiles() {
        IncomingLetter l = withAttachments(java.util.List.of(file('b', 1)));
        l.startReading();
        l.recordProgress(3);
        l.finishReading("某市人社局", DocumentNumber.parse("某人社函〔2026〕1号"));
        l.addFile(file('c', 4));
        assertEquals(java.util.List.of('b', 'c'), l.attachments().stream().map(f -> f.sha256().charAt(0)).toList());
        assertEquals(RECEIVED, l.status());
        assertEquals(0, l.pagesDone(), "the progress starts again");
        assertEquals(7, l.pages());
        assertEquals("已添加文件，重新识别", l.statusReason());
        // Added while it still waited to be read: it simply waits, with every file.
        IncomingLetter waiting = received();
        waiting.addFile(file('d', 1));
        assertNull(waiting.statusReason());
        assertEquals(1, waiting.attachments().size());
    }

    @Test
    void aFileTheLetterHasAlreadyOrOneTooManyIsNotAdded() {
        IncomingLetter l = withAttachments(java.util.List.of(file('b', 1)));
        assertEquals("FILE_REPEATED", assertThrows(DomainException.class, () -> l.addFile(file('a', 1))).code(),
                "the letter itself");
        assertEquals("FILE_REPEATED", assertThrows(DomainException.class, () -> l.addFile(file('b', 1))).code(),
                "an attachment it has");
        for (char c = 'c'; c < 'c' + IncomingLetter.MAX_ATTACHMENTS - 1; c++) {
            l.addFile(file(c, 1));
        }
        assertEquals(IncomingLetter.MAX_ATTACHMENTS, l.attachments().size());
        DomainException e = assertThrows(DomainException.class, () -> l.addFile(file('z', 1)));
        assertEquals("TOO_MANY_ATTACHMENTS", e.code());
        assertEquals(IncomingLetter.MAX_ATTACHMENTS, l.attachments().size());
    }

    @Test
    void aLetterBeingReadAsksToWaitAndAConfirmedOneRefusesForGood() {
        DomainException reading = assertThrows(DomainException.class, () -> in(EXTRACTING).addFile(file('f', 1)));
        assertEquals(DomainException.Kind.CONFLICT, reading.kind());
        assertTrue(reading.messageZh().contains("正在识别"), reading.messageZh());
        for (LetterStatus confirmed : EnumSet.range(VERIFIED, DISPATCHED)) {
            IncomingLetter l = in(confirmed);
            DomainException e = assertThrows(DomainException.class, () -> l.addFile(file('f', 1)), confirmed.name());
            assertEquals(DomainException.Kind.CONFLICT, e.kind());
            assertTrue(e.messageZh().contains("已校对确认") && e.messageEn().contains("confirmed"), e.messageEn());
            assertEquals(0, l.attachments().size());
        }
    }

    @Test
    void theServersOwnChannelsAreNeverTakenFromAPerson() {
        assertEquals(Channel.PAPER, Channel.parse("纸质"));
        assertEquals(Channel.ELECTRONIC, Channel.parse("electronic"));
        for (String own : new String[]{"scan", "SCAN", "email", "扫描"}) {
            assertEquals("CHANNEL_UNKNOWN", assertThrows(DomainException.class, () -> Channel.parse(own)).code(), own);
        }
    }
}
