package com.creditquerydesk.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The head of the audit chain; locking it serialises appends so the chain never forks. */
@Entity
@Table(name = "audit_head")
public class AuditHeadRow {

    @Id
    int id;

    @Column(name = "last_seq", nullable = false)
    long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    String lastHash;

    protected AuditHeadRow() {
    }
}
