package com.creditquerydesk.domain.model.letter;

import com.creditquerydesk.domain.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A request letter received from a requesting unit (来函), from registration to dispatch of the reply. */
@Entity
@Table(name = "incoming_letter")
public class IncomingLetter {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "receipt_year", nullable = false)
    private int receiptYear;

    @Column(name = "receipt_serial", nullable = false)
    private int receiptSerial;

    @Column(name = "receipt_number", nullable = false, unique = true, length = 20)
    private String receiptNumber;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Channel channel;

    @Column(length = 1000)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LetterStatus status;

    @Column(name = "status_reason", length = 1000)
    private String statusReason;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "received_by", nullable = false, length = 40)
    private String receivedBy;

    @Embedded
    private StoredFile original;

    /** Filled from the extraction, kept in clear for lists and filters (it names a unit, not a person). */
    @Column(name = "requesting_unit", length = 200)
    private String requestingUnit;

    @Column(name = "doc_number", length = 100)
    private String docNumber;

    @Column(name = "pages_done", nullable = false)
    private int pagesDone;

    @Column(name = "verified_by", length = 40)
    private String verifiedBy;

    @Column(name = "handler", length = 40)
    private String handler;

    @Version
    private long version;

    protected IncomingLetter() {
    }

    public IncomingLetter(ReceiptNumber receiptNumber, Channel channel, String note, Instant receivedAt,
                          LocalDate dueDate, String receivedBy, StoredFile original) {
        if (note != null && note.length() > 1000) {
            throw new DomainException("NOTE_TOO_LONG", "备注不能超过1000字", "the note has at most 1000 characters");
        }
        this.id = UUID.randomUUID().toString();
        this.receiptYear = receiptNumber.year();
        this.receiptSerial = receiptNumber.serial();
        this.receiptNumber = receiptNumber.value();
        this.channel = channel;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.receivedAt = receivedAt;
        this.dueDate = dueDate;
        this.receivedBy = receivedBy;
        this.original = original;
        this.status = LetterStatus.RECEIVED;
    }

    /** The columns' sizes (V1__foundation.sql). */
    static final int MAX_REQUESTING_UNIT = 200;
    static final int MAX_DOC_NUMBER = 100;

    /** Moves along the letter's path; a step the path does not allow is refused. */
    public void moveTo(LetterStatus target, String reason) {
        if (!status.canMoveTo(target)) {
            throw new DomainException("STATUS_TRANSITION_REFUSED",
                    "来函状态不能从 " + status + " 变为 " + target,
                    "a letter cannot move from " + status + " to " + target);
        }
        this.status = target;
        this.statusReason = reason;
    }

    public void recordProgress(int pagesDone) {
        this.pagesDone = Math.max(0, Math.min(pagesDone, original.pages()));
    }

    public void identifyRequest(String requestingUnit, String docNumber) {
        if (requestingUnit != null && requestingUnit.length() > MAX_REQUESTING_UNIT) {
            throw new DomainException("REQUESTING_UNIT_TOO_LONG", "来函单位名称过长（最多 " + MAX_REQUESTING_UNIT + " 个字符）",
                    "the requesting unit's name is too long (at most " + MAX_REQUESTING_UNIT + " characters)");
        }
        if (docNumber != null && docNumber.length() > MAX_DOC_NUMBER) {
            throw new DomainException("DOC_NUMBER_TOO_LONG", "来函文号过长（最多 " + MAX_DOC_NUMBER + " 个字符）",
                    "the document number is too long (at most " + MAX_DOC_NUMBER + " characters)");
        }
        this.requestingUnit = requestingUnit;
        this.docNumber = docNumber;
    }

    /** The correction clerk confirms what was read; the letter goes to the handler drawn for it. */
    public void verify(String clerk, String drawnHandler) {
        moveTo(LetterStatus.VERIFIED, null);
        this.verifiedBy = clerk;
        if (this.handler == null) {
            this.handler = drawnHandler;
        }
    }

    /** A reading that FAILED is tried again: the letter waits to be read as if just received. */
    public void retryReading() {
        if (status != LetterStatus.FAILED) {
            throw new DomainException(DomainException.Kind.CONFLICT, "RETRY_NOT_FAILED",
                    "只有识别失败的来函可以重新识别（当前状态 " + status + "）",
                    "only a letter whose reading failed can be read again (status " + status + ")");
        }
        moveTo(LetterStatus.RECEIVED, null);
        this.pagesDone = 0;
    }

    /** A correction after confirmation sends the letter back to be confirmed again. */
    public void reopenForCorrection() {
        if (status == LetterStatus.VERIFIED || status == LetterStatus.SCREENED) {
            moveTo(LetterStatus.EXTRACTED, "校对修改后待重新确认");
        }
    }

    public void reassign(String newHandler) {
        this.handler = newHandler;
    }

    public boolean isOverdue(LocalDate today) {
        return !status.isClosed() && today.isAfter(dueDate);
    }

    public String id() {
        return id;
    }

    public ReceiptNumber receiptNumber() {
        return new ReceiptNumber(receiptYear, receiptSerial);
    }

    public Channel channel() {
        return channel;
    }

    public String note() {
        return note;
    }

    public LetterStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public String receivedBy() {
        return receivedBy;
    }

    public StoredFile original() {
        return original;
    }

    public String requestingUnit() {
        return requestingUnit;
    }

    public String docNumber() {
        return docNumber;
    }

    public int pagesDone() {
        return pagesDone;
    }

    public String verifiedBy() {
        return verifiedBy;
    }

    public String handler() {
        return handler;
    }
}
