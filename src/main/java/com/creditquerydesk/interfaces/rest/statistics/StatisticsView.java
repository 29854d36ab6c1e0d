package com.creditquerydesk.interfaces.rest.statistics;

import com.creditquerydesk.domain.model.statistics.DurationHistogram;
import com.creditquerydesk.domain.model.statistics.GroupStatistics;
import com.creditquerydesk.domain.model.statistics.LetterFigures;
import com.creditquerydesk.domain.model.statistics.ObjectionFigures;
import com.creditquerydesk.domain.model.statistics.StatisticsReport;
import com.creditquerydesk.domain.model.statistics.Step;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON of {@code GET /api/statistics}: the period, the total and the groups (docs/rules.md#R74–#R76). */
public record StatisticsView(LocalDate from, LocalDate to, String groupBy, LocalDate asOf, Group total,
                             List<Group> groups, Objections objections) {

    public static StatisticsView of(StatisticsReport r, ObjectionFigures objections) {
        return new StatisticsView(r.from(), r.to(), r.grouping().param(), r.asOf(), Group.of(r.total()),
                r.groups().stream().map(Group::of).toList(), Objections.of(objections));
    }

    /** The objections registered in the period (docs/rules.md#R66), with the working days of each kind of hop. */
    public record Objections(long opened, long late, long upheld, long corrected, long undecided, List<Hop> hops) {
        static Objections of(ObjectionFigures o) {
            return new Objections(o.opened(), o.late(), o.upheld(), o.corrected(), o.undecided(), o.hops().stream()
                    .map(h -> new Hop(h.from().name(), h.to().name(), h.label(), h.days().count(),
                            h.days().median().orElse(null), h.days().p90().orElse(null), h.closedLate())).toList());
        }
    }

    public record Hop(String from, String to, String label, long closed, Double median, Integer p90, long closedLate) {
    }

    /** Hits in persons (candidates) and in register records. */
    public record Hits(long persons, long records) {
    }

    public record Replies(long signed, long dispatched) {
    }

    /** Replies signed by the date, the letters whose state is known, and the share (absent when none is known). */
    public record OnTime(long onTime, long decided, Double rate) {
    }

    public record OnTimeRates(OnTime limit, OnTime dueDate) {
    }

    /**
     * Working days of a step: letters measured, median and 90th percentile (absent without letters), and how many letters
     * took each number of working days ({"0": 12, "1": 30, …}, fewest days first).
     */
    public record StepView(String label, long letters, Double median, Integer p90, Map<String, Long> lettersByDays) {
        static StepView of(Step step, DurationHistogram h) {
            Map<String, Long> byDays = new LinkedHashMap<>();
            h.lettersByDays().forEach((days, n) -> byDays.put(String.valueOf(days), n));
            return new StepView(step.label(), h.count(), h.median().orElse(null), h.p90().orElse(null), byDays);
        }
    }

    public record Group(String key, String label, long received, long screened, long candidatesChecked, Hits hits,
                        long lettersWithHits, Double hitRate, long overturnedHits, long possibleHits, Replies replies,
                        OnTimeRates onTime, long extendedLetters, long extensions, long rejected, long voided,
                        Map<String, StepView> steps) {
        static Group of(GroupStatistics g) {
            LetterFigures f = g.figures();
            Map<String, StepView> steps = new LinkedHashMap<>();
            Arrays.stream(Step.values()).forEach(s -> steps.put(s.name(), StepView.of(s, g.step(s))));
            return new Group(g.key(), g.label(), f.received(), f.screened(), f.candidates(), new Hits(f.hits(), f.hitRecords()),
                    f.lettersWithHits(), f.hitRate(), f.overturnedHits(), f.possibleHits(),
                    new Replies(f.signed(), f.dispatched()),
                    new OnTimeRates(new OnTime(f.onTimeFirst(), f.decidedFirst(), f.onTimeRateFirst()),
                            new OnTime(f.onTimeDue(), f.decidedDue(), f.onTimeRateDue())),
                    f.extendedLetters(), f.extensions(), f.rejected(), f.voided(), steps);
        }
    }
}
