package com.creditquerydesk.interfaces.rest.letters;

import com.creditquerydesk.domain.model.letter.Extension;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.letter.Rejection;
import com.creditquerydesk.domain.model.letter.Voiding;
import com.creditquerydesk.domain.model.letter.StoredFile;
import com.creditquerydesk.domain.model.letter.LetterStep;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.interfaces.rest.common.People;
import com.creditquerydesk.interfaces.rest.common.PersonView;
import jakarta.json.JsonObject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A letter as the API shows it. {@code extraction} stays null until the letter has been read; {@code returned} says
 * the officer sent its draft back (退回修改, docs/rules.md#R83). {@code refusals}, in
 * the letter read by itself, are the steps the letter awaits that the caller's roles give him but he may not take
 * here, with why, so that a page says why a button is missing (docs/rules.md#R45). {@code dueDate} is the date the
 * reply is due, the extended one once {@code extension} is there ({@code originalDueDate} the first; docs/rules.md#R63);
 * {@code rejection} and {@code voiding} say why a letter is REJECTED or VOIDED (docs/rules.md#R64, #R65);
 * {@code sameRequest}, in the letter read by itself, the other letters of its unit under its 文号 (docs/rules.md#R73);
 * {@code addressedElsewhere}, there too, the addressee read when it is not this centre (docs/rules.md#R85).
 * Every actor field is a {@link PersonView}: login and name (issue 17).
 */
public record LetterView(String id, String receiptNumber, String status, boolean returned, String statusReason,
                         Instant receivedAt,
                         LocalDate dueDate, boolean overdue, LocalDate originalDueDate, ExtensionView extension,
                         RejectionView rejection, VoidingView voiding, String channel, String note, PersonView receivedBy,
                         String requestingUnit, String docNumber, PersonView handler, PersonView verifiedBy,
                         FileView file, List<FileView> attachments, Progress progress, JsonObject extraction,
                         boolean personalDataInFull, List<Refusal> refusals, List<SameRequest> sameRequest,
                         String addressedElsewhere) {

    /** Another letter of the same unit under the same 文号, in the letter read by itself (docs/rules.md#R73). */
    public record SameRequest(String id, String receiptNumber, String status, Instant receivedAt) {
        static SameRequest of(IncomingLetter l) {
            return new SameRequest(l.id(), l.receiptNumber().value(), l.status().name(), l.receivedAt());
        }
    }

    public record Refusal(String step, String code, String message, String messageEn) {
        static List<Refusal> of(Map<LetterStep, DomainException> refused) {
            return refused.entrySet().stream().map(e -> new Refusal(e.getKey().name(), e.getValue().code(),
                    e.getValue().messageZh(), e.getValue().messageEn())).toList();
        }
    }

    public record FileView(String fileName, String mediaType, long size, int pages, String sha256) {
        static FileView of(StoredFile f) {
            return new FileView(f.fileName(), f.mediaType(), f.size(), f.pages(), f.sha256());
        }
    }

    public record Progress(int pagesDone, int pages) {
    }

    public record ExtensionView(String reason, Instant contactedAt, String contactPerson, String contactChannel,
                                String contactChannelLabel, PersonView extendedBy, Instant extendedAt) {
        static ExtensionView of(Extension e, People people) {
            return new ExtensionView(e.reason(), e.contactedAt(), e.contactPerson(), e.contactChannel().name(),
                    e.contactChannel().label(), people.of(e.extendedBy()), e.extendedAt());
        }
    }

    public record RejectionView(String reason, String reasonLabel, String note, PersonView rejectedBy,
                                Instant rejectedAt) {
        static RejectionView of(Rejection r, People people) {
            return new RejectionView(r.reason().name(), r.reason().label(), r.note(), people.of(r.rejectedBy()),
                    r.rejectedAt());
        }
    }

    public record VoidingView(String reason, PersonView voidedBy, Instant voidedAt) {
        static VoidingView of(Voiding v, People people) {
            return new VoidingView(v.reason(), people.of(v.voidedBy()), v.voidedAt());
        }
    }

    /** The letter with no personal data in full (lists, status, steps): IDs in {@code extraction} are masked. */
    public static LetterView of(IncomingLetter l, LocalDate today, JsonObject extraction, People people) {
        return of(l, today, extraction, people, false, Map.of(), List.of(), null);
    }

    /** The letter for a duty that covers its personal data (docs/rules.md#R21): the original may be opened. */
    public static LetterView inFull(IncomingLetter l, LocalDate today, JsonObject extraction, People people) {
        return of(l, today, extraction, people, true, Map.of(), List.of(), null);
    }

    static LetterView of(IncomingLetter l, LocalDate today, JsonObject extraction, People people, boolean inFull,
                         Map<LetterStep, DomainException> refused, List<IncomingLetter> sameRequest,
                         String addressedElsewhere) {
        return new LetterView(l.id(), l.receiptNumber().value(), l.status().name(), l.draftReturned(), l.statusReason(),
                l.receivedAt(), l.dueDate(), l.isOverdue(today), l.originalDueDate().orElse(null),
                l.extension().map(e -> ExtensionView.of(e, people)).orElse(null),
                l.rejection().map(r -> RejectionView.of(r, people)).orElse(null),
                l.voiding().map(v -> VoidingView.of(v, people)).orElse(null), l.channel() == null ? null : l.channel().name(), l.note(),
                people.of(l.receivedBy()), l.requestingUnit(), l.docNumber(), people.of(l.handler()),
                people.of(l.verifiedBy()),
                FileView.of(l.original()), l.attachments().stream().map(FileView::of).toList(),
                new Progress(l.pagesDone(), l.pages()), extraction, inFull, Refusal.of(refused),
                sameRequest.stream().map(SameRequest::of).toList(), addressedElsewhere);
    }
}
