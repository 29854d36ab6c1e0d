package com.creditquerydesk.domain.model.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface NoticeRepository {

    Notice store(Notice notice);

    Optional<Notice> find(long id);

    /** The person's notices, newest first, at most {@code limit}. */
    List<Notice> latest(String recipient, int limit);

    long unread(String recipient);

    /** Marks every unread notice of the person read; answers how many were. */
    int markAllRead(String recipient, Instant now);

    /** Whether the person already has a notice of this kind on this letter for this day (a reminder once a day). */
    boolean exists(String recipient, NoticeKind kind, String letterId, LocalDate day);

    /**
     * Claims the daily digest of {@code day} for this server: true for exactly one caller across every server on the
     * database, so the digest goes out once (docs/rules.md#R84).
     */
    boolean claimDigest(LocalDate day, Instant now, String node);
}
