package com.creditquerydesk.domain.model.statistics;

import com.creditquerydesk.domain.shared.DomainException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The days whose received letters a statistics report counts, both ends included (docs/rules.md#R74): a month, a
 * quarter, a year or any from–to of at most {@link #MAX_DAYS} days.
 */
public record StatisticsPeriod(LocalDate from, LocalDate to) {

    /** Three years and a leap day: enough for a year beside the two before it. */
    public static final int MAX_DAYS = 3 * 366;

    public StatisticsPeriod {
        if (from == null || to == null) {
            throw new DomainException("PERIOD_MISSING", "请给出统计期间的起止日期（from、to，格式 YYYY-MM-DD）",
                    "give the period's first and last day (from, to, as YYYY-MM-DD)");
        }
        if (to.isBefore(from)) {
            throw new DomainException("PERIOD_REVERSED", "统计期间的结束日期 " + to + " 早于开始日期 " + from,
                    "the period ends (" + to + ") before it starts (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new DomainException("PERIOD_TOO_LONG", "统计期间最长 " + MAX_DAYS + " 天",
                    "a period is at most " + MAX_DAYS + " days");
        }
    }

    /** The period of two dates as a request gives them (YYYY-MM-DD). */
    public static StatisticsPeriod parse(String from, String to) {
        return new StatisticsPeriod(date(from, "from"), date(to, "to"));
    }

    private static LocalDate date(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("DATE_INVALID", "日期格式应为 YYYY-MM-DD：" + name + "=" + text,
                    "a date is written YYYY-MM-DD: " + name + "=" + text);
        }
    }
}
