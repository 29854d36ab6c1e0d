package com.creditquerydesk.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** One letter's reading, as encrypted JSON (it holds names and ID numbers). */
@Entity
@Table(name = "letter_extraction")
public class LetterExtractionRow {

    @Id
    @Column(name = "letter_id", length = 36)
    String letterId;

    @Column(nullable = false, length = 20)
    String source;

    @Column(name = "content_enc", nullable = false, length = 1_000_000)
    String contentEnc;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    /** Whether the candidates' search keys are written (docs/rules.md#R92). */
    @Column(name = "search_keyed", nullable = false)
    boolean searchKeyed;

    @Version
    long version;
}
