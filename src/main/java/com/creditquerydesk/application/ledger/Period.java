package com.creditquerydesk.application.ledger;

import com.creditquerydesk.domain.shared.DomainException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** A period of whole days of the centre, both ends included, at most {@value #MAX_DAYS} days long. */
public record Period(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;

    public Period {
        if (from == null || to == null) {
            throw new DomainException("PERIOD_REQUIRED", "请给出起止日期（from、to，格式 YYYY-MM-DD）",
                    "give the period's first and last day (from, to, as YYYY-MM-DD)");
        }
        if (to.isBefore(from)) {
            throw new DomainException("PERIOD_INVALID", "截止日期早于起始日期", "the period ends before it starts");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new DomainException("PERIOD_TOO_LONG", "期间不超过 " + MAX_DAYS + " 天", "a period has at most "
                    + MAX_DAYS + " days");
        }
    }

    /** From the query's text; a day that is not YYYY-MM-DD is refused. */
    public static Period parse(String from, String to) {
        return new Period(day(from), day(to));
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("DATE_INVALID", "日期格式应为 YYYY-MM-DD：" + text, "a date is written YYYY-MM-DD: " + text);
        }
    }

    /** The instant the period starts at in the centre's zone. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The instant after the period: the start of the day after its last. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    @Override
    public String toString() {
        return from + " 至 " + to;
    }
}
