package com.creditquerydesk.domain.model.audit;

import com.creditquerydesk.domain.model.calendar.WorkingDayCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A letter's 流程跟踪 (docs/rules.md#R94), read from its audit trail: each step on the timeline in the order the chain
 * holds them, who took it and when, and the working days it took since the step before (the first: 0), counted by the
 * working-day calendar in the centre's zone (0 where two servers' clocks put a step before the one it follows).
 */
public record LetterTimeline(List<Step> steps) {

    public LetterTimeline {
        steps = List.copyOf(steps);
    }

    /** @param workingDays the working days after the previous step's day up to and including this one's */
    public record Step(long seq, AuditAction action, String actor, Instant at, int workingDays) {
    }

    /** The steps among the letter's events (in chain order); codes this version does not know are left out. */
    public static LetterTimeline of(List<AuditEvent> events, WorkingDayCalendar calendar, ZoneId zone) {
        List<Step> steps = new ArrayList<>();
        LocalDate previous = null;
        for (AuditEvent e : events) {
            Optional<AuditAction> action = AuditAction.ofCode(e.action()).filter(AuditAction::onTimeline);
            if (action.isEmpty()) {
                continue;
            }
            LocalDate day = e.occurredAt().atZone(zone).toLocalDate();
            steps.add(new Step(e.seq(), action.get(), e.actor(), e.occurredAt(),
                    previous == null || day.isBefore(previous) ? 0 : calendar.workingDaysBetween(previous, day)));
            previous = day;
        }
        return new LetterTimeline(steps);
    }

    /** The working days from the first step to the last. */
    public int totalWorkingDays() {
        return steps.stream().mapToInt(Step::workingDays).sum();
    }
}
