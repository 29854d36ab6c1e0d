package com.creditquerydesk.domain.model.job;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When a job that comes back (scheduled work, docs/rules.md#R97) is next due. It is one row of the job table, queued
 * again for its next occurrence whenever an attempt ends, so it runs on one server at a time and never twice for one
 * occurrence.
 */
public sealed interface Recurrence {

    /** When the job is first due on a server that finds no row for it. */
    Instant first(Instant now);

    /** When it is next due after an attempt that ended at {@code endedAt}, whether it succeeded or not. */
    Instant after(Instant endedAt);

    /**
     * Once a day at a time of day in a zone. A run that is late (every server was down at that time) happens as soon
     * as a server is up, and stands for that day: the next is on the following day, never twice in one day.
     */
    record DailyAt(LocalTime time, ZoneId zone) implements Recurrence {

        public DailyAt {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(zone, "zone");
        }

        @Override
        public Instant first(Instant now) {
            ZonedDateTime today = now.atZone(zone).with(time);
            return (today.toInstant().isAfter(now) ? today : today.plusDays(1)).toInstant();
        }

        @Override
        public Instant after(Instant endedAt) {
            return endedAt.atZone(zone).toLocalDate().plusDays(1).atTime(time).atZone(zone).toInstant();
        }
    }

    /** Every so often, counted from the end of the previous attempt (a look at a folder or a mailbox). */
    record Every(Duration interval) implements Recurrence {

        public Every {
            Objects.requireNonNull(interval, "interval");
            if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("a recurring job comes back after at least a second");
            }
        }

        @Override
        public Instant first(Instant now) {
            return now;
        }

        @Override
        public Instant after(Instant endedAt) {
            return endedAt.plus(interval);
        }
    }
}
