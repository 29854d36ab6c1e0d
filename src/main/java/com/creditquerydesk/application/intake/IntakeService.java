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

    @Inject
    Event<FileAdded> fileAdded;

    /** Fired after the registering transaction commits: extraction starts from it. */
    public record LetterRegistered(String letterId) {
    }

    /** Fired after a file added to a letter commits: the letter is read again with it (docs/rules.md#R61). */
    public record FileAdded(String letterId) {
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
            throw IncomingLetter.tooManyAttachments();
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

    /**
     * A further file for a registered letter that is not yet confirmed (docs/rules.md#R61): inspected, refused as a
     * duplicate like any registration's file (docs/rules.md#R38), stored, and the letter read again with it.
     */
    @Transactional
    public IncomingLetter addFile(Actor actor, String letterId, Upload upload) {
        IncomingLetter letter = letters.find(letterId).orElseThrow(() -> LetterQueryService.notFound(letterId));
        // Refused by the letter's status before the file is even looked at.
        letter.checkFileAddable();
        StoredFile file = inspected(upload);
        letter.addFile(file);
        store.put(file.sha256(), upload.content());
        audit.record(actor, AuditAction.LETTER_FILE_ADDED, letterId, "补充来函文件 " + letter.receiptNumber().value()
                + "：附件 " + letter.attachments().size() + "，" + describe(file) + "；重新识别");
        fileAdded.fire(new FileAdded(letterId));
        return letter;
    }

    /** A file checked from its content and not yet any letter's (else 409 with that letter). */
    private StoredFile inspected(Upload upload) {
        StoredFile file = checked(upload);
        letters.findBySha256(file.sha256()).ifPresent(existing -> {
            throw new DuplicateLetterException(existing.id(), existing.receiptNumber().value());
        });
        return file;
    }

    /**
     * A file checked from its content like any letter file (type, size, pages; refused with the reason otherwise),
     * hashed and named as it may be kept; not yet stored.
     */
    public StoredFile checked(Upload upload) {
        FileInspector.InspectedFile file = inspector.inspect(upload.content());
        return new StoredFile(Sha256.hex(upload.content()), file.type().mediaType(), upload.content().length,
                safeName(upload.fileName()), file.pages());
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
