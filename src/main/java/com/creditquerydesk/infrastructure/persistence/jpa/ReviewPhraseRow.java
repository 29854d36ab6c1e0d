package com.creditquerydesk.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One 常用意见 at its place in the list (docs/rules.md#R103). */
@Entity
@Table(name = "review_phrase")
public class ReviewPhraseRow {

    @Id
    @Column(name = "position")
    int position;

    @Column(name = "phrase", nullable = false, length = 200)
    String phrase;
}
