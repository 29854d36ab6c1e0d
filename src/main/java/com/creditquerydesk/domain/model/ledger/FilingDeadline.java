package com.creditquerydesk.domain.model.ledger;

import com.creditquerydesk.domain.model.calendar.WorkingDayCalendar;

import java.time.LocalDate;

/**
 * The day a ledger row is filed by (docs/rules.md#R77): the given number of working days (7 by the Huangshi plan)
 * after the day of the check, counted on the centre's calendar (the days after the check that are worked: a check on
 * a Saturday and one on the Friday before are filed by the same day).
 */
public final class FilingDeadline {

    private FilingDeadline() {
    }

    public static LocalDate after(LocalDate checkedOn, int workingDays, WorkingDayCalendar calendar) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("a filing deadline is at least one working day after the check");
        }
        return calendar.plusWorkingDays(checkedOn, workingDays);
    }
}
