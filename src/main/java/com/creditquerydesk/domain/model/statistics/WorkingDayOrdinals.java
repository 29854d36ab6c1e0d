package com.creditquerydesk.domain.model.statistics;

import com.creditquerydesk.domain.model.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every day from {@code first} to {@code last} with the number of working days after {@code first} up to and including
 * it, by the working-day calendar (docs/rules.md#R6): the working days a step took from day a to day b are
 * {@code ordinal(b) − ordinal(a)}, the working days after a up to and including b (docs/rules.md#R75). The database
 * joins these instead of knowing the holidays.
 */
public record WorkingDayOrdinals(List<LocalDate> days, List<Integer> ordinals) {

    public WorkingDayOrdinals {
        days = List.copyOf(days);
        ordinals = List.copyOf(ordinals);
    }

    public static WorkingDayOrdinals of(WorkingDayCalendar calendar, LocalDate first, LocalDate last) {
        List<LocalDate> days = new ArrayList<>();
        List<Integer> ordinals = new ArrayList<>();
        int ordinal = 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (d.isAfter(first) && calendar.isWorkingDay(d)) {
                ordinal++;
            }
            days.add(d);
            ordinals.add(ordinal);
        }
        return new WorkingDayOrdinals(days, ordinals);
    }
}
