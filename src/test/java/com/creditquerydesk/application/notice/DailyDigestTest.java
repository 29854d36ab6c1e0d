package com.creditquerydesk.application.notice;

import com.creditquerydesk.application.workbench.OpenLetters;
import com.creditquerydesk.application.workbench.WorkbenchService;
import com.creditquerydesk.domain.model.calendar.CalendarFile;
import com.creditquerydesk.domain.model.calendar.WorkingDayCalendar;
import com.creditquerydesk.domain.model.letter.Channel;
import com.creditquerydesk.domain.model.letter.DocumentNumber;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.letter.ReceiptNumber;
import com.creditquerydesk.domain.model.letter.StoredFile;
import com.creditquerydesk.domain.model.notice.Notice;
import com.creditquerydesk.domain.model.notice.NoticeKind;
import com.creditquerydesk.domain.model.notice.NoticeRepository;
import com.creditquerydesk.domain.model.notice.Notifier;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.model.user.User;
import com.creditquerydesk.domain.model.user.UserRepository;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The daily digest with a fixed clock on the last working day before the 2026 National Day holiday
 * (docs/rules.md#R84): who is reminded of what, once a day, and nothing on a day off.
 */
class DailyDigestTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(List.of(CalendarFile.bundled()));
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate SEP_30 = LocalDate.of(2026, 9, 30);

    private final List<Notice> stored = new ArrayList<>();
    private final List<String> sent = new ArrayList<>();
    private LocalDate claimed;
    private List<OpenLetters.ObjectionAtCentre> objections = List.of();

    @Test
    void theHandlerIsRemindedOfWhatIsDueBeforeTheHolidayAndWhatIsOverdue() {
        // 10-08 is the next working day after 09-30 (10-01..10-07 off): due soon; 09-29 has passed; 10-09 is in time.
        List<IncomingLetter> open = List.of(verified(1, LocalDate.of(2026, 10, 8), "handler"),
                verified(2, LocalDate.of(2026, 9, 29), "handler"), verified(3, LocalDate.of(2026, 10, 9), "handler"),
                verified(4, LocalDate.of(2026, 9, 29), "handler2"));
        DailyDigest digest = digest(SEP_30, open);

        DailyDigest.Run run = digest.run("node-a");

        assertTrue(run.sent());
        assertEquals(2, run.people());
        assertEquals(3, run.notices());
        assertEquals(List.of(NoticeKind.DUE_SOON, NoticeKind.OVERDUE),
                stored.stream().filter(n -> n.recipient().equals("handler")).map(Notice::kind).toList());
        assertTrue(stored.stream().allMatch(n -> n.day().equals(SEP_30)));
        assertTrue(stored.stream().noneMatch(n -> n.text().contains("2026-收-0003")), "a letter in time is no reminder");
        assertEquals(2, sent.size(), "one message per person reminded");
        String handlers = sent.stream().filter(s -> s.startsWith("handler:")).findFirst().orElseThrow();
        assertTrue(handlers.contains("您有 2 件") && handlers.contains("临期") && handlers.contains("超期"), handlers);
    }

    @Test
    void theDigestGoesOutOnceADayWhicheverServerRunsIt() {
        List<IncomingLetter> open = List.of(verified(2, LocalDate.of(2026, 9, 29), "handler"));
        assertTrue(digest(SEP_30, open).run("node-a").sent());
        DailyDigest.Run again = digest(SEP_30, open).run("node-b");
        assertFalse(again.sent());
        assertEquals(1, stored.size());
        assertEquals(1, sent.size());
    }

    @Test
    void theLettersHandlerIsRemindedOfTheCentresObjectionHopDueBeforeTheHoliday() {
        IncomingLetter answered = verified(5, LocalDate.of(2026, 9, 20), "handler");
        // the centre reports to the national centre by 10-08, the next working day after 09-30: due soon; another
        // objection's hop due 10-09 is in time; one of handler2's letter is not handler's
        objections = List.of(new OpenLetters.ObjectionAtCentre(answered, "o-1", "陕信用函〔2026〕7号", 3,
                        "省信息中心报国家公共信用信息中心异议复核", LocalDate.of(2026, 10, 8)),
                new OpenLetters.ObjectionAtCentre(answered, "o-2", "陕信用函〔2026〕7号", 3, "报送", LocalDate.of(2026, 10, 9)),
                new OpenLetters.ObjectionAtCentre(verified(6, LocalDate.of(2026, 9, 20), "handler2"), "o-3",
                        "陕信用函〔2026〕8号", 3, "报送", LocalDate.of(2026, 9, 29)));
        DailyDigest.Run run = digest(SEP_30, List.of()).run("node-a");

        assertEquals(2, run.people());
        assertEquals(List.of(NoticeKind.OBJECTION_HOP_DUE), stored.stream().filter(n -> n.recipient().equals("handler"))
                .map(Notice::kind).toList());
        Notice notice = stored.stream().filter(n -> n.recipient().equals("handler")).findFirst().orElseThrow();
        assertTrue(notice.text().startsWith("临期："), notice.text());
        assertTrue(notice.text().contains("陕信用函〔2026〕7号") && notice.text().contains("第 3 环节")
                && notice.text().contains("2026-10-08"), notice.text());
        assertTrue(stored.stream().anyMatch(n -> n.recipient().equals("handler2") && n.text().startsWith("超期：")));
        assertTrue(stored.stream().noneMatch(n -> n.recipient().equals("officer")), "the officer handles no letter");
    }

    @Test
    void aDayOffHasNoDigest() {
        DailyDigest.Run run = digest(LocalDate.of(2026, 10, 3), List.of(verified(2, LocalDate.of(2026, 9, 29),
                "handler"))).run("node-a");
        assertFalse(run.sent());
        assertEquals(List.of(), stored);
        assertEquals(null, claimed);
    }

    private static IncomingLetter verified(int serial, LocalDate due, String handler) {
        IncomingLetter l = new IncomingLetter(new ReceiptNumber(2026, serial), Channel.PAPER, null,
                Instant.parse("2026-09-24T01:00:00Z"), due, "registry",
                new StoredFile(Integer.toString(serial).repeat(64).substring(0, 64), "application/pdf", 10, "x.pdf", 1));
        l.startReading();
        l.finishReading("某市人社局", DocumentNumber.parse("某人社函〔2026〕" + serial + "号"));
        l.confirm("clerk", handler);
        return l;
    }

    private DailyDigest digest(LocalDate today, List<IncomingLetter> letters) {
        Clock clock = Clock.fixed(today.atTime(8, 30).atZone(ZONE).toInstant(), ZONE);
        DailyDigest d = new DailyDigest();
        d.clock = clock;
        d.users = new Users(List.of(user("handler", Role.HANDLER), user("handler2", Role.HANDLER),
                user("officer", Role.PRINCIPAL_OFFICER)));
        d.repository = new Notices();
        d.workbench = new WorkbenchService() {
            @Override
            public OpenLetters openLetters() {
                return new OpenLetters(letters, today, CALENDAR, l -> Set.of(), l -> null, objections, List.of());
            }
        };
        NoticeService n = new NoticeService() {
            @Override
            Iterable<Notifier> channels() {
                return List.of(new Notifier() {
                    @Override
                    public String channel() {
                        return "测试";
                    }

                    @Override
                    public boolean reaches(User recipient) {
                        return true;
                    }

                    @Override
                    public void send(User recipient, String subject, String text) {
                        sent.add(recipient.username() + ":" + text);
                    }
                });
            }
        };
        n.notices = d.repository;
        n.clock = clock;
        d.notices = n;
        return d;
    }

    private static User user(String name, Role role) {
        return new User(name, name, "x", Set.of(role), Instant.EPOCH);
    }

    private record Users(List<User> all) implements UserRepository {
        public Optional<User> findByUsername(String username) {
            return all.stream().filter(u -> u.username().equals(username)).findFirst();
        }

        public Optional<User> find(long id) {
            return Optional.empty();
        }

        public Optional<User> findForUpdate(long id) {
            return Optional.empty();
        }

        public List<User> findAll() {
            return all;
        }

        public List<User> findActiveWithRole(Role role) {
            return all.stream().filter(u -> u.hasRole(role)).toList();
        }

        public User store(User user) {
            return user;
        }
    }

    private class Notices implements NoticeRepository {
        public Notice store(Notice notice) {
            stored.add(notice);
            return notice;
        }

        public Optional<Notice> find(long id) {
            return Optional.empty();
        }

        public List<Notice> latest(String recipient, int limit) {
            return stored.stream().filter(n -> n.recipient().equals(recipient)).limit(limit).toList();
        }

        public long unread(String recipient) {
            return latest(recipient, Integer.MAX_VALUE).size();
        }

        public int markAllRead(String recipient, Instant now) {
            return 0;
        }

        public boolean exists(String recipient, NoticeKind kind, String letterId, LocalDate day) {
            return stored.stream().anyMatch(n -> n.recipient().equals(recipient) && n.kind() == kind
                    && n.letterId().orElse("").equals(letterId) && n.day().equals(day));
        }

        public boolean claimDigest(LocalDate day, Instant now, String node) {
            if (claimed != null && !claimed.isBefore(day)) {
                return false;
            }
            claimed = day;
            return true;
        }
    }
}
