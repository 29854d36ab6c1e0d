package com.creditquerydesk.application.notice;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.calendar.CalendarService;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.notice.Notice;
import com.creditquerydesk.domain.model.notice.NoticeKind;
import com.creditquerydesk.domain.model.notice.NoticeRepository;
import com.creditquerydesk.domain.model.notice.Notifier;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.model.user.User;
import com.creditquerydesk.domain.model.user.UserRepository;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reminders (docs/rules.md#R84): each is a notice in the product, always, and goes out on every configured channel
 * (e-mail, SMS) once the step that caused it has committed, so a step undone sends nothing. A channel that fails
 * loses nothing: the notice is in the product.
 */
@ApplicationScoped
public class NoticeService {

    private static final Logger LOG = Logger.getLogger(NoticeService.class.getName());
    static final int LIST_MAX = 50;
    /** What every reminder's subject starts with, so a mailbox or a phone shows where it comes from. */
    static final String SUBJECT = "【信用核查】";

    @Inject
    NoticeRepository notices;

    @Inject
    UserRepository users;

    @Inject
    CalendarService calendar;

    @Inject
    Clock clock;

    @Inject
    Instance<Notifier> channels;

    @Inject
    Event<Outgoing> outgoing;

    /**
     * A reminder to send once its step has committed, to the person as the step's transaction read him: after the
     * commit there is no transaction, and reading the database then would corrupt the connection pool.
     */
    record Outgoing(User recipient, String subject, String text) {
    }

    /** The person's latest notices and how many he has not read. */
    public record Inbox(List<Notice> latest, long unread) {
    }

    @Transactional
    public Inbox inbox(Actor actor) {
        return new Inbox(notices.latest(actor.username(), LIST_MAX), notices.unread(actor.username()));
    }

    @Transactional
    public long unread(Actor actor) {
        return notices.unread(actor.username());
    }

    @Transactional
    public void markRead(Actor actor, long id) {
        notices.find(id).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "NOTICE_NOT_FOUND", "提醒不存在：" + id,
                "no such notice: " + id)).markRead(actor.username(), clock.instant());
    }

    @Transactional
    public int markAllRead(Actor actor) {
        return notices.markAllRead(actor.username(), clock.instant());
    }

    /** A notice to one person about one letter, in the caller's transaction, sent on the channels once committed. */
    @Transactional
    public void notify(String recipient, NoticeKind kind, IncomingLetter letter, String text) {
        store(recipient, kind, letter, text, calendar.today());
        users.findByUsername(recipient).filter(User::isActive)
                .ifPresent(u -> outgoing.fire(new Outgoing(u, SUBJECT + kind.label(), text)));
    }

    /** A notice in the product only (the digest sends its own single message). */
    Notice store(String recipient, NoticeKind kind, IncomingLetter letter, String text, LocalDate day) {
        return notices.store(new Notice(recipient, kind, letter == null ? null : letter.id(), text, day,
                clock.instant()));
    }

    /** The handler drawn for, or given, a letter. */
    public void assigned(IncomingLetter letter) {
        notify(letter.handler(), NoticeKind.ASSIGNED, letter, "来函 " + describe(letter) + " 已分派给您办理，办理期限 "
                + letter.dueDate() + "。");
    }

    /** Every reviewer who may review the letter's hits: a second person, none of the earlier hands (R8). */
    public void hitsAwaitReview(IncomingLetter letter, long hits) {
        for (User u : users.findActiveWithRole(Role.REVIEWER)) {
            if (letter.awaitedStep(u.username(), u.roles(), Set.of()).isPresent()) {
                notify(u.username(), NoticeKind.REVIEW_WAITING, letter, "来函 " + describe(letter) + " 有 " + hits
                        + " 个查询结果待二次复核，办理期限 " + letter.dueDate() + "。");
            }
        }
    }

    public void draftReturned(IncomingLetter letter, String officer, String comment) {
        notify(letter.handler(), NoticeKind.DRAFT_RETURNED, letter, "来函 " + describe(letter) + " 的复函被签发人 "
                + officer + " 退回修改：" + comment);
    }

    Iterable<Notifier> channels() {
        return channels;
    }

    /** The letter as a reminder names it: receipt number, unit and 文号, no personal data. */
    public static String describe(IncomingLetter letter) {
        StringBuilder s = new StringBuilder(letter.receiptNumber().value());
        if (letter.requestingUnit() != null) {
            s.append("（").append(letter.requestingUnit());
            if (letter.docNumber() != null) {
                s.append(" ").append(letter.docNumber());
            }
            s.append("）");
        }
        return s.toString();
    }

    /** Sends a committed reminder on the configured channels; a failure is logged and the notice stays in the product. */
    void deliver(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outgoing o) {
        send(o.recipient(), o.subject(), o.text());
    }

    /** Sends one message on every channel that reaches the person. */
    void send(User u, String subject, String text) {
        for (Notifier channel : channels()) {
            if (!channel.reaches(u)) {
                continue;
            }
            try {
                channel.send(u, subject, text);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "reminder to " + u.username() + " by " + channel.channel() + " failed: "
                        + e.getMessage());
            }
        }
    }
}
