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
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The open letters as they are on one day, read once and judged for as many people as asked (a 工作台, the daily
 * digest; docs/rules.md#R83).
 *
 * @param hitReviewers  who reviewed a letter's hits (an officer who did may not sign it off)
 * @param returnComment the officer's comment on a draft he sent back, or null
 * @param objections    the objections whose next hop is the centre's, each with its letter (docs/rules.md#R87)
 */
public record OpenLetters(List<IncomingLetter> letters, LocalDate today, WorkingDayCalendar calendar,
                          Function<IncomingLetter, Set<String>> hitReviewers,
                          Function<IncomingLetter, String> returnComment, List<ObjectionAtCentre> objections) {

    /** An objection's hop that is the centre's: step from 1, due on {@code dueDate} (none for a hop without a limit). */
    public record ObjectionAtCentre(IncomingLetter letter, String objectionId, String replyNumber, int step,
                                    String label, LocalDate dueDate) {
    }

    /**
     * A letter's rows of the 核查登记表 still without their 应用措施: {@code unfiled} of its {@code candidates}, to be
     * filed by {@code dueDate} (docs/rules.md#R77).
     */
    public record LedgerFiling(int unfiled, int candidates, LocalDate dueDate) {
    }

    public boolean workingDay() {
        return calendar.isWorkingDay(today);
    }

    /**
     * The steps waiting for this person, the earliest due first: the letters' steps, and the centre's hops of the
     * objections to the replies of the letters he handles (docs/rules.md#R87).
     */
    public List<WorkItem> itemsFor(String username, Set<Role> roles) {
        List<WorkItem> items = new ArrayList<>();
        for (IncomingLetter l : letters) {
            Set<String> reviewers = l.status() == LetterStatus.DRAFTED ? hitReviewers.apply(l) : Set.of();
            l.awaitedStep(username, roles, reviewers).ifPresent(step -> items.add(new WorkItem(l, step, due(l),
                    step == LetterStep.DRAFT ? returnComment.apply(l) : null, null, null)));
        }
        List<WorkItem> hops = !roles.contains(Role.HANDLER) ? List.of() : objections.stream()
                .filter(o -> username.equals(o.letter().handler())).map(o -> new WorkItem(o.letter(),
                        LetterStep.OBJECTION_HOP, o.dueDate() == null ? DueState.IN_TIME
                        : DueState.of(o.dueDate(), today, calendar), null, o, null)).toList();
        if (!hops.isEmpty()) {
            // the letters come earliest due first; a stable sort puts each objection's hop among them by its due date
            items.addAll(hops);
            items.sort(Comparator.comparing(WorkItem::dueDate, Comparator.nullsLast(Comparator.naturalOrder())));
        }
        return items;
    }

    /** Every letter still to be answered that is due soon or overdue, whoever it waits for. */
    public List<WorkItem> dueSoonOrOverdue() {
        return letters.stream().filter(l -> !l.status().isClosed()).map(l -> new WorkItem(l, null, due(l), null, null, null))
                .filter(i -> i.due() != DueState.IN_TIME).toList();
    }

    private DueState due(IncomingLetter l) {
        return DueState.of(l.dueDate(), today, calendar);
    }
}
