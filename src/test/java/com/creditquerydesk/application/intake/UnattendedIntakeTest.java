package com.creditquerydesk.application.intake;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.application.intake.IntakeService.Upload;
import com.creditquerydesk.application.intake.UnattendedIntake.Result;
import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.domain.model.letter.Channel;
import com.creditquerydesk.domain.model.letter.DuplicateLetterException;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.letter.IncomingLetterRepository;
import com.creditquerydesk.domain.model.letter.LetterStatus;
import com.creditquerydesk.domain.model.letter.ReceiptNumber;
import com.creditquerydesk.domain.model.letter.StoredFile;
import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What becomes of a file or message the server registers by itself (docs/rules.md#R60, #R62): registered, done
 * already (the same channel registered it before a restart), refused with its reason in the trail, or left for later.
 */
class UnattendedIntakeTest {

    private final List<String> trail = new ArrayList<>();
    private final List<IncomingLetter> stored = new ArrayList<>();

    private UnattendedIntake intake(Supplier<IncomingLetter> registration) {
        UnattendedIntake u = new UnattendedIntake();
        u.intake = new IntakeService() {
            @Override
            public IncomingLetter register(Actor actor, Upload letterFile, List<Upload> attachments, Channel channel,
                                           String note) {
                assertEquals("system", actor.username(), "registered as the server itself");
                return registration.get();
            }
        };
        u.letters = new IncomingLetterRepository() {
            public Optional<IncomingLetter> find(String id) {
                return stored.stream().filter(l -> l.id().equals(id)).findFirst();
            }

            public Optional<IncomingLetter> findBySha256(String sha256) {
                throw new UnsupportedOperationException();
            }

            public IncomingLetter store(IncomingLetter letter) {
                throw new UnsupportedOperationException();
            }

            public Optional<IncomingLetter> findByReceiptNumber(String receiptNumber) {
                throw new UnsupportedOperationException();
            }

            public List<IncomingLetter> findSameRequest(IncomingLetter letter) {
                throw new UnsupportedOperationException();
            }

            public List<IncomingLetter> findInStatuses(Set<LetterStatus> statuses) {
                throw new UnsupportedOperationException();
            }

            public List<IncomingLetter> search(LetterFilter filter, int offset, int limit) {
                throw new UnsupportedOperationException();
            }

            public long count(LetterFilter filter) {
                throw new UnsupportedOperationException();
            }
        };
        u.audit = new AuditService() {
            @Override
            public void recordAlone(Actor actor, AuditAction action, String letterId, String detail) {
                trail.add(actor.username() + " " + action + " " + detail);
            }
        };
        return u;
    }

    private IncomingLetter letter(Channel channel, int serial) {
        IncomingLetter l = new IncomingLetter(new ReceiptNumber(2026, serial), channel, null,
                Instant.parse("2026-03-05T01:00:00Z"), LocalDate.of(2026, 3, 10), "system",
                new StoredFile("a".repeat(64), "application/pdf", 10, "x.pdf", 1));
        stored.add(l);
        return l;
    }

    private UnattendedIntake.Outcome take(UnattendedIntake u) {
        return u.register(new Upload(new byte[]{1}, "扫描件.pdf"), List.of(), Channel.SCAN, "扫描文件夹：扫描件.pdf");
    }

    @Test
    void aNewFileIsRegistered() {
        UnattendedIntake.Outcome o = take(intake(() -> letter(Channel.SCAN, 7)));
        assertEquals(Result.REGISTERED, o.result());
        assertEquals("收2026-0007", o.receiptNumber());
        assertEquals(List.of(), trail, "the registration's own event is IntakeService's");
    }

    @Test
    void aFileTheSameChannelRegisteredBeforeIsDoneNotRegisteredTwice() {
        IncomingLetter before = letter(Channel.SCAN, 3);
        UnattendedIntake.Outcome o = take(intake(() -> {
            throw new DuplicateLetterException(before.id(), "收2026-0003");
        }));
        assertEquals(Result.ALREADY_REGISTERED, o.result());
        assertEquals("收2026-0003", o.receiptNumber());
        assertEquals(List.of(), trail);
    }

    @Test
    void aFileARegistryClerkOrAnotherChannelRegisteredIsRefusedAsADuplicate() {
        IncomingLetter uploaded = letter(Channel.PAPER, 4);
        UnattendedIntake.Outcome o = take(intake(() -> {
            throw new DuplicateLetterException(uploaded.id(), "收2026-0004");
        }));
        assertEquals(Result.REFUSED, o.result());
        assertTrue(o.reasonZh().contains("收2026-0004") && o.reasonEn().contains("registered before"), o.reasonEn());
        assertEquals(1, trail.size());
        assertTrue(trail.get(0).startsWith("system INTAKE_FILE_REJECTED 拒收（扫描）扫描文件夹：扫描件.pdf：该文件已登记过"),
                trail.get(0));
    }

    @Test
    void aFileIntakeRefusesIsRefusedWithTheReasonInBothLanguages() {
        UnattendedIntake.Outcome o = take(intake(() -> {
            throw new DomainException(DomainException.Kind.UNSUPPORTED, "FILE_TYPE_UNSUPPORTED", "不支持的文件类型",
                    "unsupported file type");
        }));
        assertEquals(Result.REFUSED, o.result());
        assertEquals("不支持的文件类型", o.reasonZh());
        assertEquals("unsupported file type", o.reasonEn());
        assertNull(o.receiptNumber());
        assertEquals(1, trail.size());
    }

    @Test
    void aBusyServerLeavesTheFileForTheNextLookAndRecordsNothing() {
        UnattendedIntake.Outcome o = take(intake(() -> {
            throw new DomainException(DomainException.Kind.LOCKED, "INTAKE_BUSY", "服务器正忙", "the server is busy");
        }));
        assertEquals(Result.LATER, o.result());
        assertEquals(List.of(), trail);
    }
}
