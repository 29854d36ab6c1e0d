package com.creditquerydesk.domain.model.notice;

import com.creditquerydesk.domain.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One reminder to one person in the product (站内提醒, docs/rules.md#R84): what happened, on which letter, when, and
 * whether he has read it. Its text names the letter by receipt number and never holds personal data.
 */
@Entity
@Table(name = "notice")
public class Notice {

    public static final int MAX_TEXT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NoticeKind kind;

    @Column(name = "letter_id", length = 36)
    private String letterId;

    @Column(name = "body", nullable = false, length = MAX_TEXT)
    private String text;

    /** The working day the notice is for, in the centre's zone: a reminder of a due date is given once a day. */
    @Column(name = "for_day", nullable = false)
    private LocalDate day;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notice() {
    }

    public Notice(String recipient, NoticeKind kind, String letterId, String text, LocalDate day, Instant createdAt) {
        if (recipient == null || recipient.isBlank() || kind == null || day == null || createdAt == null) {
            throw new IllegalArgumentException("a notice needs a recipient, a kind, a day and a time");
        }
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a notice's text is 1 to " + MAX_TEXT + " characters");
        }
        this.recipient = recipient;
        this.kind = kind;
        this.letterId = letterId;
        this.text = text;
        this.day = day;
        this.createdAt = createdAt;
    }

    /** The recipient has seen it; reading it again changes nothing. Only the recipient reads his notices. */
    public void markRead(String username, Instant now) {
        if (!recipient.equals(username)) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "NOTICE_NOT_FOUND", "提醒不存在：" + id,
                    "no such notice: " + id);
        }
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public NoticeKind kind() {
        return kind;
    }

    public Optional<String> letterId() {
        return Optional.ofNullable(letterId);
    }

    public String text() {
        return text;
    }

    public LocalDate day() {
        return day;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> readAt() {
        return Optional.ofNullable(readAt);
    }
}
