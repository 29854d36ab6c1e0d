package com.creditquerydesk.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The head of the audit chain; locking it serialises appends so the chain never forks. */
@Entity
@Table(name = "audit_head")
public class AuditHeadRow {

    /** How the chain is linked (docs/rules.md#R30): a trail from before the keyed chain is SHA256 until moved. */
    enum ChainFormat { SHA256, HMAC_SHA256 }

    @Id
    int id;

    @Column(name = "last_seq", nullable = false)
    long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    String lastHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "chain_format", nullable = false, length = 16)
    ChainFormat chainFormat;

    protected AuditHeadRow() {
    }
}
