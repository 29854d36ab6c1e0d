package com.creditquerydesk.domain.model.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Counts the letters of a period in the database, group by group (docs/rules.md#R74–#R76). */
public interface StatisticsRepository {

    /**
     * The groups of the letters received from {@code from} (included) to {@code until} (excluded), with days reckoned in
     * {@code zone}, on-time states as of {@code today} and working days by {@code calendar}, which covers every day from
     * the period's first to today. Groups in no particular order; their labels for units and months are their keys.
     */
    List<GroupStatistics> groups(Instant from, Instant until, Grouping grouping, ZoneId zone, LocalDate today,
                                 WorkingDayOrdinals calendar);
}
