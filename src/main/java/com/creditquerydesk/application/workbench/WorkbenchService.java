package com.creditquerydesk.application.workbench;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.calendar.CalendarService;
import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.domain.model.audit.AuditEvent;
import com.creditquerydesk.domain.model.audit.AuditRepository.AuditFilter;
import com.creditquerydesk.domain.model.audit.AuditRepository;
import com.creditquerydesk.domain.model.ledger.FilingDeadline;
import com.creditquerydesk.domain.model.ledger.LedgerMeasureRepository;
import com.creditquerydesk.domain.model.ledger.LedgerSettings;
import com.creditquerydesk.domain.model.letter.DueState;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.letter.IncomingLetterRepository;
import com.creditquerydesk.domain.model.letter.LetterStatus;
import com.creditquerydesk.domain.model.letter.LetterStep;
import com.creditquerydesk.domain.model.objection.Objection;
import com.creditquerydesk.domain.model.objection.ObjectionRepository;
import com.creditquerydesk.domain.model.reply.ReplyLetter;
import com.creditquerydesk.domain.model.reply.ReplyLetterRepository;
import com.creditquerydesk.domain.model.screening.Screening;
import com.creditquerydesk.domain.model.screening.ScreeningRepository;
import com.creditquerydesk.domain.model.spotcheck.SpotCheck;
import com.creditquerydesk.domain.model.spotcheck.SpotCheckRepository;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.model.user.User;
import com.creditquerydesk.domain.model.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 工作台: what waits for a person, what of it is due soon or overdue, and what he did in the last 30 days
 * (docs/rules.md#R83). Computed from the letters as they are, with the same checks as the steps themselves, so the
 * list never offers a step its button would refuse.
 */
@ApplicationScoped
public class WorkbenchService {

    /** The statuses in which a letter waits for a person (the server reads RECEIVED and EXTRACTING ones itself). */
    public static final Set<LetterStatus> AWAITING = EnumSet.of(LetterStatus.EXTRACTED, LetterStatus.FAILED,
            LetterStatus.VERIFIED, LetterStatus.IN_REVIEW, LetterStatus.SCREENED, LetterStatus.REVIEWED,
            LetterStatus.DRAFTED, LetterStatus.SIGNED);
    static final Duration DONE_WINDOW = Duration.ofDays(30);
    static final int DONE_MAX = 100;
    static final int RECENT_SPOT_CHECKS = 50;
    static final Duration FILING_WINDOW = Duration.ofDays(60);

    @Inject
    IncomingLetterRepository letters;

    @Inject
    ScreeningRepository screenings;

    @Inject
    ReplyLetterRepository replies;

    @Inject
    AuditRepository trail;

    @Inject
    UserRepository users;

    @Inject
    ObjectionRepository objections;

    @Inject
    SpotCheckRepository spotChecks;

    @Inject
    LedgerMeasureRepository measures;

    @Inject
    LedgerSettings ledger;

    @Inject
    CalendarService calendar;

    @Inject
    Clock clock;

    /**
     * One step waiting for the person; {@code returnComment} when the officer sent the draft back (退回修改);
     * {@code objection} for a hop of an objection (step OBJECTION_HOP, its due state the hop's); {@code filing} for the
     * letter's ledger rows to file (step LEDGER_FILING, its due state the filing deadline's).
     */
    public record WorkItem(IncomingLetter letter, LetterStep step, DueState due, String returnComment,
                           OpenLetters.ObjectionAtCentre objection, OpenLetters.LedgerFiling filing) {

        /** The day the step is due: the objection hop's, the ledger filing's, else the letter's. */
        public LocalDate dueDate() {
            return objection != null ? objection.dueDate() : filing != null ? filing.dueDate() : letter.dueDate();
        }
    }

    /** A letter the person took a step on, with his last step and when. */
    public record DoneItem(IncomingLetter letter, AuditAction action, Instant at) {
    }

    /**
     * @param watch   for an administrator, the principal officer or the 直接负责人: every open letter due soon or
     *                overdue, whoever it waits for, so it can be urged (催办) or reassigned
     * @param defects for the system administrator, the recent spot checks that found a defect (docs/rules.md#R78)
     */
    public record Workbench(List<WorkItem> todo, List<WorkItem> watch, List<DoneItem> done, List<SpotCheck> defects) {

        public long count(DueState state) {
            return todo.stream().filter(i -> i.due() == state).count();
        }
    }

    @Transactional
    public Workbench of(Actor actor) {
        OpenLetters open = openLetters();
        List<WorkItem> todo = new ArrayList<>(open.itemsFor(actor.username(), actor.roles()));
        if (actor.roles().contains(Role.HANDLER)) {
            todo.addAll(ledgerFilings(actor.username()));
            todo.sort(Comparator.comparing(WorkItem::dueDate, Comparator.nullsLast(Comparator.naturalOrder())));
        }
        boolean urges = users.findByUsername(actor.username()).filter(User::mayUrge).isPresent();
        List<WorkItem> watch = urges ? open.dueSoonOrOverdue() : List.of();
        List<SpotCheck> defects = actor.roles().contains(Role.ADMINISTRATOR)
                ? spotChecks.recent(RECENT_SPOT_CHECKS).stream().filter(SpotCheck::defect).toList() : List.of();
        return new Workbench(todo, watch, done(actor.username()), defects);
    }

    /** The open letters as they are now, read once and judged for as many people as asked (the daily digest). */
    @Transactional
    public OpenLetters openLetters() {
        Map<String, Set<String>> reviewers = new HashMap<>();
        return new OpenLetters(letters.findInStatuses(AWAITING), calendar.today(), calendar.calendar(),
                l -> reviewers.computeIfAbsent(l.id(), id -> screenings.find(id).map(Screening::hitReviewers)
                        .orElse(Set.of())),
                l -> replies.find(l.id()).map(ReplyLetter::returnComment).orElse(null), objectionsAtCentre());
    }

    /** The objections whose next hop is the centre's (docs/rules.md#R87), with their letters. */
    private List<OpenLetters.ObjectionAtCentre> objectionsAtCentre() {
        List<OpenLetters.ObjectionAtCentre> due = new ArrayList<>();
        for (Objection o : objections.findOpen()) {
            if (!o.awaitsCentre()) {
                continue;
            }
            int index = o.openHop().orElseThrow();
            letters.find(o.letterId()).ifPresent(l -> due.add(new OpenLetters.ObjectionAtCentre(l, o.id(),
                    o.replyNumber(), index + 1, o.hops().get(index).label(),
                    o.dueDate(index, calendar.calendar()).orElse(null))));
        }
        return due;
    }

    /**
     * The handler's screened letters whose ledger rows are not all filed, checked in the last {@link #FILING_WINDOW}
     * (docs/rules.md#R77): older ones stay marked in the ledger itself.
     */
    private List<WorkItem> ledgerFilings(String handler) {
        List<WorkItem> items = new ArrayList<>();
        LocalDate today = calendar.today();
        for (LedgerMeasureRepository.Unfiled u : measures.unfiledOf(handler, clock.instant().minus(FILING_WINDOW))) {
            LocalDate due = FilingDeadline.after(u.screenedAt().atZone(calendar.zone()).toLocalDate(),
                    ledger.filingWorkingDays(), calendar.calendar());
            letters.find(u.letterId()).ifPresent(l -> items.add(new WorkItem(l, LetterStep.LEDGER_FILING,
                    DueState.of(due, today, calendar.calendar()), null, null,
                    new OpenLetters.LedgerFiling(u.candidates() - u.filed(), u.candidates(), due))));
        }
        return items;
    }

    /** 已办: the letters the person took a step on in the last 30 days, the latest first, one entry per letter. */
    private List<DoneItem> done(String username) {
        Instant now = clock.instant();
        Map<String, DoneItem> byLetter = new LinkedHashMap<>();
        for (AuditEvent e : trail.search(new AuditFilter(username, null, null, now.minus(DONE_WINDOW), null), 0, 1000)) {
            if (e.letterId() == null || byLetter.containsKey(e.letterId()) || byLetter.size() >= DONE_MAX) {
                continue;
            }
            Optional<AuditAction> action = AuditAction.ofCode(e.action()).filter(AuditAction::takesAStep);
            if (action.isPresent()) {
                letters.find(e.letterId()).ifPresent(l -> byLetter.put(l.id(), new DoneItem(l, action.get(),
                        e.occurredAt())));
            }
        }
        return List.copyOf(byLetter.values());
    }
}
