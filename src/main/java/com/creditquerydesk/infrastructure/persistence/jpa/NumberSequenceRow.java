package com.creditquerydesk.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last number handed out for one sequence (e.g. RECEIPT-2026). */
@Entity
@Table(name = "number_sequence")
public class NumberSequenceRow {

    @Id
    @Column(name = "seq_name", length = 60)
    String name;

    @Column(name = "last_value", nullable = false)
    int lastValue;

    protected NumberSequenceRow() {
    }

    NumberSequenceRow(String name) {
        this.name = name;
    }
}
