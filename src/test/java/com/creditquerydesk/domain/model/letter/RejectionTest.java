package com.creditquerydesk.domain.model.letter;

import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 不予受理 (docs/rules.md#R64) and 作废 (docs/rules.md#R65): who may, the reasons, and what stays. Which statuses each
 * starts from is in {@link IncomingLetterTest}'s table.
 */
class RejectionTest {

    private static final Instant NOW = Instant.parse("2026-03-06T03:00:00Z");

    @ParameterizedTest
    @EnumSource(RejectionReason.class)
    void everyReasonButOtherStandsAlone(RejectionReason reason) {
        if (reason.needsNote()) {
            assertEquals("REJECTION_NOTE_REQUIRED", assertThrows(DomainException.class,
                    () -> new Rejection(reason, "  ", "registry", NOW)).code());
        }
        Rejection r = new Rejection(reason, reason.needsNote() ? "来函为复印件" : null, "registry", NOW);
        IncomingLetter l = IncomingLetterTest.in(LetterStatus.VERIFIED);
        l.reject(Set.of(Role.REGISTRY_CLERK), r);
        assertEquals(LetterStatus.REJECTED, l.status());
        assertEquals("收2026-0001", l.receiptNumber().value(), "it keeps its receipt number");
        assertTrue(l.statusReason().startsWith("不予受理：" + reason.label()), l.statusReason());
        assertEquals(reason, l.rejection().orElseThrow().reason());
        assertFalse(reason.label().isBlank() || reason.labelEn().isBlank());
    }

    @Test
    void aReasonIsChosenAndTheNoteIsKeptShort() {
        assertEquals("REJECTION_REASON_REQUIRED", assertThrows(DomainException.class,
                () -> new Rejection(null, "无", "registry", NOW)).code());
        assertEquals("REJECTION_NOTE_TOO_LONG", assertThrows(DomainException.class,
                () -> new Rejection(RejectionReason.UNREADABLE, "长".repeat(501), "registry", NOW)).code());
        Rejection r = new Rejection(RejectionReason.UNREADABLE, " 第2页模糊 ", "registry", NOW);
        assertEquals("第2页模糊", r.note());
        assertNull(new Rejection(RejectionReason.UNREADABLE, " ", "registry", NOW).note());
    }

    @Test
    void theRegistryRejectsAnyLetterAHandlerOnlyHisOwn() {
        IncomingLetter unassigned = IncomingLetterTest.in(LetterStatus.EXTRACTED);
        DomainException noHandler = assertThrows(DomainException.class, () -> unassigned.reject(Set.of(Role.HANDLER),
                rejectionBy("handler")));
        assertEquals("NOT_YOUR_LETTER", noHandler.code());
        assertEquals(DomainException.Kind.FORBIDDEN, noHandler.kind());
        unassigned.reject(Set.of(Role.REGISTRY_CLERK), rejectionBy("registry"));
        assertEquals(LetterStatus.REJECTED, unassigned.status());

        IncomingLetter assigned = IncomingLetterTest.in(LetterStatus.SCREENED);
        assertEquals("NOT_YOUR_LETTER", assertThrows(DomainException.class,
                () -> assigned.reject(Set.of(Role.HANDLER), rejectionBy("handler2"))).code());
        assertEquals("NOT_YOUR_LETTER", assertThrows(DomainException.class,
                () -> assigned.reject(Set.of(Role.REVIEWER), rejectionBy("handler")), "his name without the role").code());
        assertEquals(LetterStatus.SCREENED, assigned.status());
        assigned.reject(Set.of(Role.HANDLER), rejectionBy("handler"));
        assertEquals(LetterStatus.REJECTED, assigned.status());
        assertEquals("handler", assigned.rejection().orElseThrow().rejectedBy());
    }

    @Test
    void aRejectedOrVoidedLetterIsNeverOverdue() {
        LocalDate longAfter = LocalDate.of(2026, 6, 1);
        IncomingLetter rejected = IncomingLetterTest.in(LetterStatus.REJECTED);
        IncomingLetter voided = IncomingLetterTest.in(LetterStatus.VOIDED);
        assertTrue(IncomingLetterTest.in(LetterStatus.VERIFIED).isOverdue(longAfter));
        assertFalse(rejected.isOverdue(longAfter));
        assertFalse(voided.isOverdue(longAfter));
    }

    @Test
    void voidingARejectedLetterKeepsTheRejection() {
        IncomingLetter l = IncomingLetterTest.in(LetterStatus.REJECTED);
        l.voidRegistration(new Voiding(" 同一来函登记了两次 ", "admin", NOW));
        assertEquals(LetterStatus.VOIDED, l.status());
        assertEquals("作废：同一来函登记了两次", l.statusReason());
        assertEquals("同一来函登记了两次", l.voiding().orElseThrow().reason());
        assertEquals(RejectionReason.WRONG_ADDRESSEE, l.rejection().orElseThrow().reason(), "nothing is lost");
        assertEquals("收2026-0001", l.receiptNumber().value());
    }

    @Test
    void aVoidingHasAReason() {
        assertEquals("VOID_REASON_REQUIRED", assertThrows(DomainException.class, () -> new Voiding(null, "admin", NOW)).code());
        assertEquals("VOID_REASON_REQUIRED", assertThrows(DomainException.class, () -> new Voiding("  ", "admin", NOW)).code());
        assertEquals("VOID_REASON_TOO_LONG", assertThrows(DomainException.class,
                () -> new Voiding("长".repeat(501), "admin", NOW)).code());
    }

    @Test
    void theEndsWithoutAReplyAreClosed() {
        for (LetterStatus s : LetterStatus.values()) {
            assertEquals(EnumSet.of(LetterStatus.SIGNED, LetterStatus.DISPATCHED, LetterStatus.REJECTED,
                    LetterStatus.VOIDED).contains(s), s.isClosed(), s.name());
        }
    }

    private static Rejection rejectionBy(String who) {
        return new Rejection(RejectionReason.NO_DOCUMENT_NUMBER, null, who, NOW);
    }
}
