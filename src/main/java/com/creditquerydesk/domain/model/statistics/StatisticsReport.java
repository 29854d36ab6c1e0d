package com.creditquerydesk.domain.model.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The statistics of the letters received from {@code from} to {@code to}, both included (docs/rules.md#R74–#R76): the
 * total and, when grouped, each group in the order given.
 */
public record StatisticsReport(LocalDate from, LocalDate to, Grouping grouping, LocalDate asOf, GroupStatistics total,
                               List<GroupStatistics> groups) {

    public StatisticsReport {
        groups = List.copyOf(groups);
    }

    /** The report of groups as the database counted them: their total is their sum. */
    public static StatisticsReport of(LocalDate from, LocalDate to, Grouping grouping, LocalDate asOf,
                                      List<GroupStatistics> groups) {
        GroupStatistics total = new GroupStatistics("", Grouping.NONE.label(), LetterFigures.ZERO, Map.of());
        for (GroupStatistics g : groups) {
            total = total.plus("", Grouping.NONE.label(), g);
        }
        return new StatisticsReport(from, to, grouping, asOf, total, grouping == Grouping.NONE ? List.of() : groups);
    }
}
