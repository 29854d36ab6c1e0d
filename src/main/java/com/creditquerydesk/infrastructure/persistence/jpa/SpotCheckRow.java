package com.creditquerydesk.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** A spot check (docs/rules.md#R78); its items as JSON (no ID number in them). */
@Entity
@Table(name = "spot_check")
public class SpotCheckRow {

    @Id
    @Column(length = 36)
    String id;

    @Column(name = "period_from", nullable = false)
    LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    LocalDate periodTo;

    @Column(name = "sample_count")
    Integer sampleCount;

    @Column(name = "sample_percent")
    Integer samplePercent;

    @Column(nullable = false)
    long seed;

    @Column(nullable = false)
    int population;

    @Column(name = "drawn_by", nullable = false, length = 40)
    String drawnBy;

    @Column(name = "drawn_at", nullable = false)
    Instant drawnAt;

    @Column(name = "items_json", nullable = false, length = 1_000_000)
    String itemsJson;

    @Version
    long version;
}
