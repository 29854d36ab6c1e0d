package com.creditquerydesk.interfaces.rest.workbench;

import com.creditquerydesk.application.notice.NoticeService;
import com.creditquerydesk.application.workbench.OpenLetters;
import com.creditquerydesk.application.workbench.WorkbenchService;
import com.creditquerydesk.application.workbench.WorkbenchService.DoneItem;
import com.creditquerydesk.application.workbench.WorkbenchService.WorkItem;
import com.creditquerydesk.application.workbench.WorkbenchService.Workbench;
import com.creditquerydesk.domain.model.letter.DueState;
import com.creditquerydesk.domain.model.spotcheck.SpotCheck;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.interfaces.rest.auth.CurrentActor;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Each person's 工作台 (docs/rules.md#R83): for whoever is logged in, from all his roles. */
@Path("/workbench")
@Produces(MediaType.APPLICATION_JSON)
public class WorkbenchResource {

    @Inject
    WorkbenchService workbench;

    @Inject
    NoticeService notices;

    @Inject
    CurrentActor current;

    /** The letter as a work-bench row shows it: no personal data. */
    public record LetterRef(String id, String receiptNumber, String requestingUnit, String docNumber, String status,
                            String handler, LocalDate dueDate, boolean extended) {
        static LetterRef of(IncomingLetter l) {
            return new LetterRef(l.id(), l.receiptNumber().value(), l.requestingUnit(), l.docNumber(), l.status().name(),
                    l.handler(), l.dueDate(), l.extension().isPresent());
        }
    }

    /** An objection's hop waiting for the centre: the objection, the hop (from 1) and its due date (R87). */
    public record ObjectionRef(String id, String replyNumber, int step, String label, LocalDate dueDate) {
    }

    /**
     * {@code step} is null on a watched letter (an open letter waiting for someone else); {@code objection} is set on
     * an objection's hop (step OBJECTION_HOP), whose {@code due} is the hop's; {@code filing} on the letter's ledger rows
     * to file (step LEDGER_FILING), whose {@code due} is the filing deadline's (docs/rules.md#R77).
     */
    public record ItemView(LetterRef letter, String step, String stepLabel, String due, String dueLabel,
                           boolean returned, String returnComment, ObjectionRef objection, OpenLetters.LedgerFiling filing) {
        static ItemView of(WorkItem i) {
            OpenLetters.ObjectionAtCentre o = i.objection();
            return new ItemView(LetterRef.of(i.letter()), i.step() == null ? null : i.step().name(),
                    i.step() == null ? null : i.step().label(), i.due().name(), i.due().label(),
                    i.returnComment() != null, i.returnComment(), o == null ? null
                    : new ObjectionRef(o.objectionId(), o.replyNumber(), o.step(), o.label(), o.dueDate()), i.filing());
        }
    }

    public record DoneView(LetterRef letter, String action, String actionLabel, Instant at) {
        static DoneView of(DoneItem d) {
            return new DoneView(LetterRef.of(d.letter()), d.action().name(), d.action().label(), d.at());
        }
    }

    /** A spot check that found a defect: the alarm on the system administrator's 工作台 (docs/rules.md#R78). */
    public record DefectView(String spotCheckId, LocalDate from, LocalDate to, String drawnBy, Instant drawnAt) {
        static DefectView of(SpotCheck c) {
            return new DefectView(c.id(), c.from(), c.to(), c.drawnBy(), c.drawnAt());
        }
    }

    public record WorkbenchView(long todo, long dueSoon, long overdue, long done, long unreadNotices,
                                List<ItemView> items, List<ItemView> watch, List<DoneView> doneItems,
                                List<DefectView> spotCheckDefects) {
    }

    @GET
    public WorkbenchView get() {
        Workbench w = workbench.of(current.get());
        return new WorkbenchView(w.todo().size(), w.count(DueState.DUE_SOON), w.count(DueState.OVERDUE),
                w.done().size(), notices.unread(current.get()), w.todo().stream().map(ItemView::of).toList(),
                w.watch().stream().map(ItemView::of).toList(), w.done().stream().map(DoneView::of).toList(),
                w.defects().stream().map(DefectView::of).toList());
    }
}
