package com.creditquerydesk.application.workbench;

import com.creditquerydesk.application.workbench.WorkbenchService.WorkItem;
import com.creditquerydesk.domain.model.calendar.WorkingDayCalendar;
import com.creditquerydesk.domain.model.letter.DueState;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.letter.LetterStatus;
import com.creditquerydesk.domain.model.letter.LetterStep;
import com.creditquerydesk.domain.model.user.Role;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The open letters as they are on one day, read once and judged for as many people as asked (a 工作台, the daily
 * digest; docs/rules.md#R83).
 *
 * @param hitReviewers  who reviewed a letter's hits (an officer who did may not sign it off)
 * @param returnComment the officer's comment on a draft he sent back, or null
 */
public record OpenLetters(List<IncomingLetter> letters, LocalDate today, WorkingDayCalendar calendar,
                          Function<IncomingLetter, Set<String>> hitReviewers,
                          Function<IncomingLetter, String> returnComment) {

    public boolean workingDay() {
        return calendar.isWorkingDay(today);
    }

    /** The steps waiting for this person, the earliest due first. */
    public List<WorkItem> itemsFor(String username, Set<Role> roles) {
        List<WorkItem> items = new ArrayList<>();
        for (IncomingLetter l : letters) {
            Set<String> reviewers = l.status() == LetterStatus.DRAFTED ? hitReviewers.apply(l) : Set.of();
            l.awaitedStep(username, roles, reviewers).ifPresent(step -> items.add(new WorkItem(l, step, due(l),
                    step == LetterStep.DRAFT ? returnComment.apply(l) : null)));
        }
        return items;
    }

    /** Every letter still to be answered that is due soon or overdue, whoever it waits for. */
    public List<WorkItem> dueSoonOrOverdue() {
        return letters.stream().filter(l -> !l.status().isClosed()).map(l -> new WorkItem(l, null, due(l), null))
                .filter(i -> i.due() != DueState.IN_TIME).toList();
    }

    private DueState due(IncomingLetter l) {
        return DueState.of(l.dueDate(), today, calendar);
    }
}
