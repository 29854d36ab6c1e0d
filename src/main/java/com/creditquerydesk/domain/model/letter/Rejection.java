package com.creditquerydesk.domain.model.letter;

import com.creditquerydesk.domain.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/** 退回 / 不予受理: why a letter is not answered as received, by whom and when (docs/rules.md#R64). */
@Embeddable
public class Rejection {

    static final int MAX_NOTE = 500;

    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_reason", length = 30)
    private RejectionReason reason;

    @Column(name = "rejection_note", length = MAX_NOTE)
    private String note;

    @Column(name = "rejected_by", length = 40)
    private String rejectedBy;

    @Column(name = "rejected_at")
    private Instant rejectedAt;

    protected Rejection() {
    }

    public Rejection(RejectionReason reason, String note, String rejectedBy, Instant rejectedAt) {
        if (reason == null) {
            throw new DomainException("REJECTION_REASON_REQUIRED", "请选择不予受理的理由", "choose why the letter is not accepted");
        }
        String n = note == null || note.isBlank() ? null : note.strip();
        if (n == null && reason.needsNote()) {
            throw new DomainException("REJECTION_NOTE_REQUIRED", "理由为“其他”时须写明具体原因",
                    "a reason of 'other' needs a note saying what");
        }
        if (n != null && n.length() > MAX_NOTE) {
            throw new DomainException("REJECTION_NOTE_TOO_LONG", "说明最多 " + MAX_NOTE + " 个字",
                    "the note has at most " + MAX_NOTE + " characters");
        }
        this.reason = reason;
        this.note = n;
        this.rejectedBy = rejectedBy;
        this.rejectedAt = rejectedAt;
    }

    /** The reason and the note, as the letter's status reason and the trail say it. */
    String describe() {
        return reason.label() + (note == null ? "" : "（" + note + "）");
    }

    public RejectionReason reason() {
        return reason;
    }

    public String note() {
        return note;
    }

    public String rejectedBy() {
        return rejectedBy;
    }

    public Instant rejectedAt() {
        return rejectedAt;
    }
}
