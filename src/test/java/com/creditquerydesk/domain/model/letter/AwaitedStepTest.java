package com.creditquerydesk.domain.model.letter;

import com.creditquerydesk.domain.model.user.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a letter waits for from whom: the 待办 of each 工作台 (docs/rules.md#R83), for every status and post. */
class AwaitedStepTest {

    /** For each status, the step it awaits from a person of each post who took no step on it (its handler for 经办人). */
    private static final Map<LetterStatus, Map<Role, LetterStep>> EXPECTED = Map.of(
            LetterStatus.EXTRACTED, Map.of(Role.CORRECTION_CLERK, LetterStep.CORRECT),
            LetterStatus.FAILED, Map.of(Role.CORRECTION_CLERK, LetterStep.CORRECT),
            LetterStatus.VERIFIED, Map.of(Role.HANDLER, LetterStep.SCREEN),
            LetterStatus.IN_REVIEW, Map.of(Role.REVIEWER, LetterStep.REVIEW),
            LetterStatus.SCREENED, Map.of(Role.HANDLER, LetterStep.DRAFT),
            LetterStatus.REVIEWED, Map.of(Role.HANDLER, LetterStep.DRAFT),
            LetterStatus.DRAFTED, Map.of(Role.PRINCIPAL_OFFICER, LetterStep.SIGN_OFF),
            LetterStatus.SIGNED, Map.of(Role.REGISTRY_CLERK, LetterStep.DISPATCH));

    @ParameterizedTest
    @EnumSource(LetterStatus.class)
    void eachStatusWaitsForOnePostOnly(LetterStatus status) {
        for (Role role : Role.values()) {
            IncomingLetter l = IncomingLetterTest.in(status);
            String who = role == Role.HANDLER ? "handler" : "someone";
            Optional<LetterStep> expected = Optional.ofNullable(EXPECTED.getOrDefault(status, Map.of()).get(role));
            assertEquals(expected, l.awaitedStep(who, Set.of(role), Set.of()), status + " for " + role);
        }
    }

    @Test
    void aLetterScreenedButNeverDraftedWasNotReturned() {
        assertFalse(IncomingLetterTest.in(LetterStatus.SCREENED).draftReturned());
        assertFalse(IncomingLetterTest.in(LetterStatus.REVIEWED).draftReturned());
    }

    @Test
    void anotherHandlersLetterIsNotMine() {
        for (LetterStatus s : new LetterStatus[]{LetterStatus.VERIFIED, LetterStatus.SCREENED, LetterStatus.REVIEWED}) {
            assertEquals(Optional.empty(), IncomingLetterTest.in(s).awaitedStep("handler2", Set.of(Role.HANDLER),
                    Set.of()), s.name());
        }
    }

    @Test
    void aHandlerWhoConfirmedTheListDoesNotScreenIt() {
        IncomingLetter l = IncomingLetterTest.in(LetterStatus.EXTRACTED);
        l.confirm("handler", "handler");
        assertEquals(Optional.empty(), l.awaitedStep("handler", Set.of(Role.HANDLER, Role.CORRECTION_CLERK), Set.of()));
    }

    @Test
    void hitsWaitOnlyForAReviewerWhoTookNoEarlierStep() {
        IncomingLetter l = IncomingLetterTest.in(LetterStatus.IN_REVIEW);
        assertEquals(Optional.empty(), l.awaitedStep("clerk", Set.of(Role.REVIEWER), Set.of()));
        assertEquals(Optional.empty(), l.awaitedStep("handler", Set.of(Role.REVIEWER, Role.HANDLER), Set.of()));
        assertEquals(Optional.of(LetterStep.REVIEW), l.awaitedStep("reviewer2", Set.of(Role.REVIEWER), Set.of()));
    }

    @Test
    void theSignOffWaitsOnlyForAnOfficerWhoReviewedNoHit() {
        IncomingLetter l = IncomingLetterTest.in(LetterStatus.DRAFTED);
        assertEquals(Optional.empty(), l.awaitedStep("reviewer", Set.of(Role.PRINCIPAL_OFFICER), Set.of("reviewer")));
        assertEquals(Optional.of(LetterStep.SIGN_OFF),
                l.awaitedStep("officer", Set.of(Role.PRINCIPAL_OFFICER), Set.of("reviewer")));
    }

    @Test
    void aReturnedDraftWaitsForItsHandlerAgain() {
        IncomingLetter l = IncomingLetterTest.in(LetterStatus.DRAFTED);
        assertFalse(l.draftReturned());
        l.returnDraft("officer", "请修改", false, Set.of());
        assertTrue(l.draftReturned(), "退回修改 until drafted again");
        assertEquals(Optional.of(LetterStep.DRAFT), l.awaitedStep("handler", Set.of(Role.HANDLER), Set.of()));
        assertEquals(Optional.empty(), l.awaitedStep("officer", Set.of(Role.PRINCIPAL_OFFICER), Set.of()));
        l.draftReply("handler");
        assertFalse(l.draftReturned());
    }
}
