package com.creditquerydesk.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One recorded step (全程留痕, docs/rules.md#R13). Events form a hash chain: each stores the hash of the
 * previous one and its own hash over its content, so editing, inserting or deleting a row breaks the chain. The
 * hash is keyed ({@link ChainKey}, docs/rules.md#R30), so nobody without the key can re-link the rows after an edit.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    private long seq;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 40)
    private String actor;

    @Column(length = 64)
    private String ip;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "letter_id", length = 36)
    private String letterId;

    @Column(length = 4000)
    private String detail;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditEvent() {
    }

    public AuditEvent(long seq, Instant occurredAt, String actor, String ip, String action, String letterId,
                      String detail, String prevHash, ChainKey key) {
        this.seq = seq;
        // Stored precision is microseconds on both databases; hash what will be read back.
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.actor = actor;
        this.ip = ip;
        this.action = action;
        this.letterId = letterId;
        this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
        this.prevHash = prevHash;
        this.hash = key.mac(canonical());
    }

    /** Every field and the previous hash, in a fixed, unambiguous order: what the link's hash is computed over. */
    public String canonical() {
        return String.join("\u001f", Long.toString(seq), occurredAt.toString(), nz(actor), nz(ip),
                nz(action), nz(letterId), nz(detail), prevHash);
    }

    /**
     * Links the event again after {@code prevHash} under {@code key}: only for moving a verified chain to the keyed
     * rule once (docs/rules.md#R30).
     */
    public void relink(String prevHash, ChainKey key) {
        this.prevHash = prevHash;
        this.hash = key.mac(canonical());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public boolean isIntact(ChainKey key) {
        return hash.equals(key.mac(canonical()));
    }

    /** This event as a point of the chain. */
    public ChainHead asHead() {
        return new ChainHead(seq, hash);
    }

    public long seq() {
        return seq;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String ip() {
        return ip;
    }

    public String action() {
        return action;
    }

    public String letterId() {
        return letterId;
    }

    public String detail() {
        return detail;
    }

    public String prevHash() {
        return prevHash;
    }

    public String hash() {
        return hash;
    }
}
