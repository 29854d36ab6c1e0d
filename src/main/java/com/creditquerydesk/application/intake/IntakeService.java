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
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    /** One uploaded file: its bytes and the name it was sent under. */
    public record Upload(byte[] content, String fileName) {
    }

    @Transactional
    public IncomingLetter register(Actor actor, byte[] content, String fileName, Channel channel, String note) {
        return register(actor, new Upload(content, fileName), List.of(), channel, note);
    }

    /**
     * 收文登记 of a letter and the files that came with it (its 附件): every file is inspected and refused as a
     * duplicate (409) if any letter already has it, before anything is stored (docs/rules.md#R38).
     */
    @Transactional
    public IncomingLetter register(Actor actor, Upload letterFile, List<Upload> attachmentFiles, Channel channel,
                                   String note) {
        if (attachmentFiles.size() > IncomingLetter.MAX_ATTACHMENTS) {
            throw new DomainException(DomainException.Kind.TOO_LARGE, "TOO_MANY_ATTACHMENTS",
                    "一封来函最多附 " + IncomingLetter.MAX_ATTACHMENTS + " 个文件",
                    "a letter has at most " + IncomingLetter.MAX_ATTACHMENTS + " attachments");
        }
        StoredFile original = inspected(letterFile);
        List<StoredFile> attachments = new ArrayList<>();
        for (Upload a : attachmentFiles) {
            attachments.add(inspected(a));
        }
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(calendar.zone());
        ReceiptNumber receipt = new ReceiptNumber(local.getYear(), sequences.next("RECEIPT-" + local.getYear()));
        IncomingLetter letter = new IncomingLetter(receipt, channel, note, now, calendar.dueDate(now), actor.username(),
                original, attachments);
        // The files go to disk (fsynced) before the row that points at them can commit.
        store.put(original.sha256(), letterFile.content());
        for (int i = 0; i < attachments.size(); i++) {
            store.put(attachments.get(i).sha256(), attachmentFiles.get(i).content());
        }
        letters.store(letter);
        StringBuilder files = new StringBuilder(describe(original));
        attachments.forEach(a -> files.append("；附件 ").append(describe(a)));
        audit.record(actor, AuditAction.LETTER_RECEIVED, letter.id(), "收文登记 " + receipt.value() + "，" + files);
        registered.fire(new LetterRegistered(letter.id()));
        return letter;
    }

    /** A file checked from its content and not yet any letter's (else 409 with that letter). */
    private StoredFile inspected(Upload upload) {
        FileInspector.InspectedFile file = inspector.inspect(upload.content());
        String sha256 = Sha256.hex(upload.content());
        letters.findBySha256(sha256).ifPresent(existing -> {
            throw new DuplicateLetterException(existing.id(), existing.receiptNumber().value());
        });
        return new StoredFile(sha256, file.type().mediaType(), upload.content().length, safeName(upload.fileName()),
                file.pages());
    }

    /** As the trail names a file: its type, pages and hash. */
    private static String describe(StoredFile f) {
        String type = Arrays.stream(FileInspector.LetterFileType.values()).filter(t -> t.mediaType().equals(f.mediaType()))
                .findFirst().map(Enum::name).orElse(f.mediaType());
        return type + "，" + f.pages() + " 页，SHA-256 " + f.sha256();
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
