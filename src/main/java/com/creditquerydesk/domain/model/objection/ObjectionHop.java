package com.creditquerydesk.domain.model.objection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One hop of an opened objection: the route's hop as it was when the objection was opened (a later change of the
 * route file does not change it), and once closed, the day it happened, its document and note (docs/rules.md#R87).
 */
@Embeddable
public class ObjectionHop {

    public static final int MAX_NOTE = 500;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_party", nullable = false, length = 20)
    private ObjectionParty from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_party", nullable = false, length = 20)
    private ObjectionParty to;

    @Column(name = "limit_days")
    private Integer limitDays;

    @Column(name = "label", nullable = false, length = 200)
    private String label;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closed_by", length = 40)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "note", length = MAX_NOTE)
    private String note;

    @Column(name = "document_sha256", length = 64)
    private String documentSha256;

    @Column(name = "document_media_type", length = 120)
    private String documentMediaType;

    @Column(name = "document_name", length = 255)
    private String documentName;

    protected ObjectionHop() {
    }

    ObjectionHop(ObjectionParty from, HopRule rule) {
        this.from = from;
        this.to = rule.to();
        this.limitDays = rule.limitDays();
        this.label = rule.label();
    }

    void close(LocalDate on, Document document, String note, String by, Instant at) {
        this.closedOn = on;
        this.note = note;
        this.closedBy = by;
        this.closedAt = at;
        if (document != null) {
            this.documentSha256 = document.sha256();
            this.documentMediaType = document.mediaType();
            this.documentName = document.fileName();
        }
    }

    /** A document recorded with a hop: kept in the blob store by its SHA-256, like a letter's files. */
    public record Document(String sha256, String mediaType, String fileName) {
    }

    public ObjectionParty from() {
        return from;
    }

    public ObjectionParty to() {
        return to;
    }

    public Integer limitDays() {
        return limitDays;
    }

    public String label() {
        return label;
    }

    public boolean closed() {
        return closedOn != null;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String closedBy() {
        return closedBy;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String note() {
        return note;
    }

    public Document document() {
        return documentSha256 == null ? null : new Document(documentSha256, documentMediaType, documentName);
    }
}
