package com.creditquerydesk.application.intake;

import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.application.calendar.CalendarService;
import com.creditquerydesk.domain.model.letter.Channel;
import com.creditquerydesk.domain.model.letter.DuplicateLetterException;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.letter.IncomingLetterRepository;
import com.creditquerydesk.domain.model.letter.ReceiptNumber;
import com.creditquerydesk.domain.model.letter.StoredFile;
import com.creditquerydesk.domain.model.sequence.NumberSequences;
import com.creditquerydesk.domain.shared.BlobStore;
import com.creditquerydesk.domain.shared.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;

/** 收文登记: registers a received letter, its original kept once and for good. */
@ApplicationScoped
public class IntakeService {

    @Inject
    FileInspector inspector;

    @Inject
    IncomingLetterRepository letters;

    @Inject
    NumberSequences sequences;

    @Inject
    BlobStore store;

    @Inject
    CalendarService calendar;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Inject
    Event<LetterRegistered> registered;

    /** Fired after the registering transaction commits: extraction starts from it. */
    public record LetterRegistered(String letterId) {
    }

    @Transactional
    public IncomingLetter register(Actor actor, byte[] content, String fileName, Channel channel, String note) {
        FileInspector.InspectedFile file = inspector.inspect(content);
        String sha256 = Sha256.hex(content);
        letters.findBySha256(sha256).ifPresent(existing -> {
            throw new DuplicateLetterException(existing.id(), existing.receiptNumber().value());
        });
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(calendar.zone());
        ReceiptNumber receipt = new ReceiptNumber(local.getYear(), sequences.next("RECEIPT-" + local.getYear()));
        // The file goes to disk (fsynced) before the row that points at it can commit.
        store.put(sha256, content);
        IncomingLetter letter = new IncomingLetter(receipt, channel, note, now, calendar.dueDate(now), actor.username(),
                new StoredFile(sha256, file.type().mediaType(), content.length, safeName(fileName), file.pages()));
        letters.store(letter);
        audit.record(actor, AuditAction.LETTER_RECEIVED, letter.id(), "收文登记 " + receipt.value() + "，" + file.type()
                + "，" + file.pages() + " 页，SHA-256 " + sha256);
        registered.fire(new LetterRegistered(letter.id()));
        return letter;
    }

    /**
     * The file name as it may be stored and shown: without a path, without control characters (NUL, ESC…) and the
     * invisible marks that reorder or hide text (right-to-left override and the like), at most 255 characters.
     */
    static String safeName(String name) {
        if (name == null) {
            return null;
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        StringBuilder kept = new StringBuilder();
        base.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
                && Character.getType(c) != Character.SURROGATE && Character.getType(c) != Character.UNASSIGNED)
                .forEach(kept::appendCodePoint);
        String clean = kept.toString().strip();
        if (clean.isEmpty()) {
            return null;
        }
        return clean.codePointCount(0, clean.length()) > 255
                ? clean.substring(0, clean.offsetByCodePoints(0, 255)) : clean;
    }
}
