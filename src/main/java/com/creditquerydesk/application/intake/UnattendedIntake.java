package com.creditquerydesk.application.intake;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.application.intake.IntakeService.Upload;
import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.domain.model.letter.Channel;
import com.creditquerydesk.domain.model.letter.DuplicateLetterException;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.letter.IncomingLetterRepository;
import com.creditquerydesk.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * 收文登记 of what arrives without a clerk, the scanner's folder (docs/rules.md#R60) and the mailbox (#R62): the
 * server registers it as the system, and says what became of it so that the file or message goes where it
 * belongs. A file already registered through the same channel was registered before a restart cut off its
 * moving: it is done, not registered twice (the hash, docs/rules.md#R38).
 */
@ApplicationScoped
public class UnattendedIntake {

    @Inject
    IntakeService intake;

    @Inject
    IncomingLetterRepository letters;

    @Inject
    AuditService audit;

    /** What became of an arrival. */
    public enum Result {
        /** Registered now. */
        REGISTERED,
        /** Registered before through the same channel (a restart came before it was moved). */
        ALREADY_REGISTERED,
        /** Refused for good: the reason says why. */
        REFUSED,
        /** Not taken now (the server is busy checking uploads): leave it, and try again. */
        LATER
    }

    /** What became of an arrival: the letter's receipt number, or the refusal's reason in both languages. */
    public record Outcome(Result result, String receiptNumber, String reasonZh, String reasonEn) {
    }

    /**
     * Registers a letter and its attachments as arrived through {@code channel}, described by {@code source} in the
     * trail and the note (the file's name; a mail's sender and subject).
     */
    public Outcome register(Upload letterFile, List<Upload> attachments, Channel channel, String source) {
        try {
            IncomingLetter letter = intake.register(Actor.system(), letterFile, attachments, channel, source);
            return new Outcome(Result.REGISTERED, letter.receiptNumber().value(), null, null);
        } catch (DuplicateLetterException e) {
            boolean ours = letters.find(e.existingLetterId()).map(l -> l.channel() == channel).orElse(false);
            return ours ? new Outcome(Result.ALREADY_REGISTERED, e.existingReceiptNumber(), null, null)
                    : refused(channel, source, e);
        } catch (DomainException e) {
            return e.kind() == DomainException.Kind.LOCKED ? new Outcome(Result.LATER, null, e.messageZh(), e.messageEn())
                    : refused(channel, source, e);
        }
    }

    /** Refuses an arrival for good, with the reason in the trail (the registry sees the file in rejected/). */
    public Outcome refused(Channel channel, String source, DomainException why) {
        audit.recordAlone(Actor.system(), AuditAction.INTAKE_FILE_REJECTED, null,
                "拒收（" + channel.label() + "）" + source + "：" + why.messageZh());
        return new Outcome(Result.REFUSED, null, why.messageZh(), why.messageEn());
    }
}
