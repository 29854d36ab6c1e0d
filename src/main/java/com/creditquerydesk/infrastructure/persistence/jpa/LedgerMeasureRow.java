package com.creditquerydesk.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The 应用措施 recorded for one candidate of a letter (docs/rules.md#R77). */
@Entity
@Table(name = "ledger_measure")
@IdClass(LedgerMeasureRow.Key.class)
public class LedgerMeasureRow {

    @Id
    @Column(name = "letter_id", length = 36)
    String letterId;

    @Id
    @Column(name = "candidate_index")
    int candidateIndex;

    @Column(nullable = false, length = 800)
    String measure;

    @Column(name = "recorded_by", nullable = false, length = 40)
    String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;

    public static class Key implements Serializable {
        String letterId;
        int candidateIndex;

        public Key() {
        }

        Key(String letterId, int candidateIndex) {
            this.letterId = letterId;
            this.candidateIndex = candidateIndex;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.candidateIndex == candidateIndex && Objects.equals(k.letterId, letterId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(letterId, candidateIndex);
        }
    }
}
