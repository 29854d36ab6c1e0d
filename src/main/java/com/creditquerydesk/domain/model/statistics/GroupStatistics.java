package com.creditquerydesk.domain.model.statistics;

import java.util.EnumMap;
import java.util.Map;

/**
 * One group of a report (a unit, a kind, a handler, a month, a channel, or the total): its counts and how many working
 * days its letters took per step.
 *
 * @param key   what the group is (the unit's name, the kind's or channel's code, the handler's username, YYYY-MM);
 *              empty for letters without it (a unit not yet read, a letter no handler was assigned)
 * @param label the group as a person reads it
 */
public record GroupStatistics(String key, String label, LetterFigures figures, Map<Step, DurationHistogram> steps) {

    public GroupStatistics {
        Map<Step, DurationHistogram> all = new EnumMap<>(Step.class);
        for (Step s : Step.values()) {
            all.put(s, steps.getOrDefault(s, DurationHistogram.empty()));
        }
        steps = Map.copyOf(all);
    }

    public DurationHistogram step(Step step) {
        return steps.get(step);
    }

    /** This group and another as one: the total of a report. */
    public GroupStatistics plus(String totalKey, String totalLabel, GroupStatistics o) {
        Map<Step, DurationHistogram> sum = new EnumMap<>(Step.class);
        for (Step s : Step.values()) {
            sum.put(s, step(s).plus(o.step(s)));
        }
        return new GroupStatistics(totalKey, totalLabel, figures.plus(o.figures), sum);
    }
}
