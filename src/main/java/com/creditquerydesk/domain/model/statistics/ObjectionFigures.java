package com.creditquerydesk.domain.model.statistics;

import com.creditquerydesk.domain.model.calendar.WorkingDayCalendar;
import com.creditquerydesk.domain.model.objection.Decision;
import com.creditquerydesk.domain.model.objection.Objection;
import com.creditquerydesk.domain.model.objection.ObjectionHop;
import com.creditquerydesk.domain.model.objection.ObjectionParty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The objections registered in a period (docs/rules.md#R66): how many, how many raised late (逾期提出), their outcomes,
 * and per kind of hop (who passes it to whom) the working days the closed hops took and how many closed after their
 * due date.
 */
public record ObjectionFigures(long opened, long late, long upheld, long corrected, long undecided, List<HopFigures> hops) {

    public static final ObjectionFigures NONE = new ObjectionFigures(0, 0, 0, 0, 0, List.of());

    public ObjectionFigures {
        hops = List.copyOf(hops);
    }

    /**
     * One kind of hop: {@code days} how many closed hops took each number of working days, from the day the hop before
     * was closed (for the raise, the day the result reached the requesting unit) to the day it was closed.
     */
    public record HopFigures(ObjectionParty from, ObjectionParty to, DurationHistogram days, long closedLate) {

        public String label() {
            return from.label() + "→" + to.label();
        }
    }

    public static ObjectionFigures of(List<Objection> objections, WorkingDayCalendar calendar) {
        long late = 0;
        Map<Decision, Long> outcomes = new HashMap<>();
        Map<List<ObjectionParty>, Map<Integer, Long>> days = new LinkedHashMap<>();
        Map<List<ObjectionParty>, Long> closedLate = new HashMap<>();
        for (Objection o : objections) {
            late += o.late() ? 1 : 0;
            o.decision().ifPresent(d -> outcomes.merge(d, 1L, Long::sum));
            LocalDate start = o.resultOn();
            for (int i = 0; i < o.hops().size(); i++) {
                ObjectionHop hop = o.hops().get(i);
                List<ObjectionParty> kind = List.of(hop.from(), hop.to());
                days.computeIfAbsent(kind, k -> new HashMap<>());
                if (!hop.closed()) {
                    break;
                }
                days.get(kind).merge(workingDays(start, hop.closedOn(), calendar), 1L, Long::sum);
                Optional<LocalDate> due = o.dueDate(i, calendar);
                if (due.isPresent() && hop.closedOn().isAfter(due.get())) {
                    closedLate.merge(kind, 1L, Long::sum);
                }
                start = hop.closedOn();
            }
        }
        List<HopFigures> hops = new ArrayList<>();
        days.forEach((kind, byDays) -> hops.add(new HopFigures(kind.get(0), kind.get(1), DurationHistogram.of(byDays),
                closedLate.getOrDefault(kind, 0L))));
        long upheld = outcomes.getOrDefault(Decision.UPHOLD, 0L);
        long corrected = outcomes.getOrDefault(Decision.CORRECT, 0L);
        return new ObjectionFigures(objections.size(), late, upheld, corrected, objections.size() - upheld - corrected, hops);
    }

    /** The working days after {@code from} up to and including {@code to} (0 for the same day, docs/rules.md#R75). */
    private static int workingDays(LocalDate from, LocalDate to, WorkingDayCalendar calendar) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            n += calendar.isWorkingDay(d) ? 1 : 0;
        }
        return n;
    }
}
