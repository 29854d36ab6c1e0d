package com.creditquerydesk.domain.model.letter;

import com.creditquerydesk.domain.model.calendar.WorkingDayCalendar;

import java.time.LocalDate;

/**
 * How near a letter's due date is, on working days (docs/rules.md#R83): 超期 once the day has passed, 临期 when it is
 * due today or on the next working day, else in time. A letter that is closed has no due date running.
 */
public enum DueState {
    IN_TIME("未到期"), DUE_SOON("临期"), OVERDUE("超期");

    private final String label;

    DueState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static DueState of(LocalDate dueDate, LocalDate today, WorkingDayCalendar calendar) {
        if (today.isAfter(dueDate)) {
            return OVERDUE;
        }
        return dueDate.isAfter(calendar.plusWorkingDays(today, 1)) ? IN_TIME : DUE_SOON;
    }
}
