package com.creditquerydesk.domain.model.letter;

import com.creditquerydesk.domain.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** 作废: a letter registered by mistake, voided by an administrator with a reason; nothing is deleted (docs/rules.md#R65). */
@Embeddable
public class Voiding {

    static final int MAX_REASON = 500;

    @Column(name = "void_reason", length = MAX_REASON)
    private String reason;

    @Column(name = "voided_by", length = 40)
    private String voidedBy;

    @Column(name = "voided_at")
    private Instant voidedAt;

    protected Voiding() {
    }

    public Voiding(String reason, String voidedBy, Instant voidedAt) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("VOID_REASON_REQUIRED", "作废来函须填写理由", "voiding a letter needs a reason");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new DomainException("VOID_REASON_TOO_LONG", "作废理由最多 " + MAX_REASON + " 个字",
                    "the reason has at most " + MAX_REASON + " characters");
        }
        this.reason = reason.strip();
        this.voidedBy = voidedBy;
        this.voidedAt = voidedAt;
    }

    public String reason() {
        return reason;
    }

    public String voidedBy() {
        return voidedBy;
    }

    public Instant voidedAt() {
        return voidedAt;
    }
}
