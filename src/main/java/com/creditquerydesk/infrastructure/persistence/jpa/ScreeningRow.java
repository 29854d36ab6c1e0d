package com.creditquerydesk.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** One letter's screening; the results are encrypted JSON (they carry the candidates' ID numbers). */
@Entity
@Table(name = "screening")
public class ScreeningRow {

    @Id
    @Column(name = "letter_id", length = 36)
    String letterId;

    @Column(name = "register_version", nullable = false)
    int registerVersion;

    @Column(name = "screened_at", nullable = false)
    Instant screenedAt;

    @Column(name = "screened_by", nullable = false, length = 40)
    String screenedBy;

    @Column(name = "results_enc", nullable = false, length = 1_000_000)
    String resultsEnc;

    // Its counts in clear for the statistics (docs/rules.md#R74), written with every change of the results.
    @Column(name = "candidates")
    Integer candidates;

    @Column(name = "hits")
    Integer hits;

    @Column(name = "hit_records")
    Integer hitRecords;

    @Column(name = "possible_hits")
    Integer possibleHits;

    @Column(name = "overturned_hits")
    Integer overturnedHits;

    @Version
    long version;
}
