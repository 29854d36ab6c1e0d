package com.creditquerydesk.domain.model.letter;

import com.creditquerydesk.domain.model.calendar.CalendarFile;
import com.creditquerydesk.domain.model.calendar.WorkingDayCalendar;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 延期 (docs/rules.md#R63) across the 2026 National Day week, on the bundled calendar (国庆 10/1–10/7, make-up workday
 * Saturday 10/10), "today" and "now" fixed by each case. The letter arrives Tuesday 2026-09-29 at 09:00 in Shanghai: its
 * 3-working-day due date is Friday 10/9 (9/30, 10/8, 10/9), and 5 working days after that are 10/10, 10/12, 10/13,
 * 10/14, 10/15: the latest an extension reaches is Thursday 10/15.
 */
class ExtensionTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(List.of(CalendarFile.bundled()));
    private static final ZonedDateTime RECEIVED = ZonedDateTime.of(2026, 9, 29, 9, 0, 0, 0, SHANGHAI);
    private static final LocalDate DUE = LocalDate.of(2026, 10, 9);

    /** The letter, read, confirmed and given to "handler": its due date computed as intake computes it. */
    private static IncomingLetter letter() {
        IncomingLetter l = new IncomingLetter(new ReceiptNumber(2026, 7), Channel.PAPER, null, RECEIVED.toInstant(),
                CALENDAR.dueDate(RECEIVED, 3), "registry", new StoredFile("c".repeat(64), "application/pdf", 10, "x.pdf", 1));
        l.startReading();
        l.finishReading("某市人社局", DocumentNumber.parse("某人社函〔2026〕9号"));
        l.confirm("clerk", "handler");
        return l;
    }

    /** Noon of that day in Shanghai. */
    private static Instant noon(LocalDate day) {
        return day.atTime(12, 0).atZone(SHANGHAI).toInstant();
    }

    /** An extension the handler records at noon of {@code today} after a call an hour earlier. */
    private static Extension called(LocalDate today) {
        return calledBy("handler", today);
    }

    private static Extension calledBy(String handler, LocalDate today) {
        return new Extension("名单人数较多，需逐一核对", noon(today).minusSeconds(3600), "王科长", ContactChannel.PHONE,
                handler, noon(today));
    }

    private static DomainException refused(IncomingLetter l, LocalDate newDue, LocalDate today) {
        LocalDate due = l.dueDate();
        DomainException e = assertThrows(DomainException.class,
                () -> l.extendDueDate(newDue, called(today), today, CALENDAR));
        assertEquals(due, l.dueDate(), "a refused extension changes nothing");
        return e;
    }

    @Test
    void theFirstDueDateIsTheThirdWorkingDayAfterTheHoliday() {
        assertEquals(DUE, letter().dueDate());
        assertEquals(LocalDate.of(2026, 10, 15), CALENDAR.plusWorkingDays(DUE, Extension.LIMIT_WORKING_DAYS));
    }

    @ParameterizedTest(name = "on {0} to {1}")
    @CsvSource({
            // today,   new due date: accepted
            "2026-09-29, 2026-10-12",   // the day of receipt
            "2026-09-30, 2026-10-15",   // the last day of the limit
            "2026-10-03, 2026-10-13",   // during the holiday, before the due date
            "2026-10-09, 2026-10-10",   // on the due date itself, to the make-up Saturday
    })
    void anExtensionBeforeTheDueDatePassesIsRecorded(LocalDate today, LocalDate newDue) {
        IncomingLetter l = letter();
        l.extendDueDate(newDue, called(today), today, CALENDAR);
        assertEquals(newDue, l.dueDate());
        assertEquals(Optional.of(DUE), l.originalDueDate());
        Extension e = l.extension().orElseThrow();
        assertEquals("王科长", e.contactPerson());
        assertEquals(ContactChannel.PHONE, e.contactChannel());
        assertEquals(noon(today), e.extendedAt());
    }

    @ParameterizedTest(name = "on {0} to {1}: {2}")
    @CsvSource({
            "2026-09-30, 2026-10-16, NEW_DUE_DATE_BEYOND_LIMIT",    // the sixth working day after 10/9
            "2026-09-30, 2026-10-30, NEW_DUE_DATE_BEYOND_LIMIT",
            "2026-09-30, 2026-10-11, NEW_DUE_DATE_NOT_WORKING_DAY", // a Sunday
            "2026-09-30, 2026-10-09, NEW_DUE_DATE_NOT_LATER",       // the due date itself
            "2026-09-30, 2026-10-05, NEW_DUE_DATE_NOT_LATER",       // a holiday before the due date
            "2026-09-30, 2026-09-28, NEW_DUE_DATE_IN_PAST",
            "2026-10-09, 2026-10-08, NEW_DUE_DATE_IN_PAST",
            "2026-10-10, 2026-10-12, EXTENSION_TOO_LATE",           // the day after the due date, a make-up Saturday
            "2026-10-12, 2026-10-15, EXTENSION_TOO_LATE",
    })
    void aWrongDateOrALateExtensionIsRefused(LocalDate today, LocalDate newDue, String code) {
        DomainException e = refused(letter(), newDue, today);
        assertEquals(code, e.code());
        assertEquals(code.equals("EXTENSION_TOO_LATE") ? DomainException.Kind.CONFLICT : DomainException.Kind.INVALID,
                e.kind(), "409 after the due date, 400 for the date");
        assertFalse(e.messageZh().isBlank() || e.messageEn().isBlank());
    }

    @Test
    void theLimitMessageNamesTheLatestDate() {
        DomainException e = refused(letter(), LocalDate.of(2026, 10, 16), LocalDate.of(2026, 9, 30));
        assertTrue(e.messageZh().contains("2026-10-15") && e.messageEn().contains("2026-10-15"), e.messageZh());
    }

    @Test
    void aSecondExtensionStaysWithinTheLimitOfTheFirstDueDate() {
        IncomingLetter l = letter();
        l.extendDueDate(LocalDate.of(2026, 10, 13), called(LocalDate.of(2026, 9, 30)), LocalDate.of(2026, 9, 30), CALENDAR);
        // Past the first due date, before the extended one: it may be extended again, counted from 10/9.
        assertEquals("NEW_DUE_DATE_BEYOND_LIMIT",
                refused(l, LocalDate.of(2026, 10, 16), LocalDate.of(2026, 10, 12)).code());
        l.extendDueDate(LocalDate.of(2026, 10, 15), called(LocalDate.of(2026, 10, 12)), LocalDate.of(2026, 10, 12), CALENDAR);
        assertEquals(LocalDate.of(2026, 10, 15), l.dueDate());
        assertEquals(Optional.of(DUE), l.originalDueDate(), "the first due date stays");
        assertEquals(noon(LocalDate.of(2026, 10, 12)), l.extension().orElseThrow().extendedAt(), "the latest extension");
        assertEquals("NEW_DUE_DATE_NOT_LATER", refused(l, LocalDate.of(2026, 10, 14), LocalDate.of(2026, 10, 13)).code());
        assertEquals("EXTENSION_TOO_LATE", refused(l, LocalDate.of(2026, 10, 15), LocalDate.of(2026, 10, 16)).code(),
                "once the extended date has passed too");
    }

    @Test
    void overdueCountsAgainstTheExtendedDate() {
        IncomingLetter l = letter();
        assertTrue(l.isOverdue(LocalDate.of(2026, 10, 12)), "without the extension, overdue after 10/9");
        l.extendDueDate(LocalDate.of(2026, 10, 13), called(LocalDate.of(2026, 10, 9)), LocalDate.of(2026, 10, 9), CALENDAR);
        assertFalse(l.isOverdue(LocalDate.of(2026, 10, 12)));
        assertFalse(l.isOverdue(LocalDate.of(2026, 10, 13)), "due that day, not yet overdue");
        assertTrue(l.isOverdue(LocalDate.of(2026, 10, 14)));
    }

    @Test
    void aDateInAYearTheCalendarDoesNotCoverIsRefusedNotGuessed() {
        IncomingLetter l = new IncomingLetter(new ReceiptNumber(2026, 8), Channel.PAPER, null,
                Instant.parse("2026-12-28T01:00:00Z"), LocalDate.of(2026, 12, 31), "registry",
                new StoredFile("d".repeat(64), "application/pdf", 10, "y.pdf", 1));
        l.startReading();
        l.finishReading("某市人社局", null);
        l.confirm("clerk", "handler");
        LocalDate today = LocalDate.of(2026, 12, 29);
        DomainException e = assertThrows(DomainException.class,
                () -> l.extendDueDate(LocalDate.of(2027, 1, 4), called(today), today, CALENDAR));
        assertEquals("CALENDAR_YEAR_NOT_COVERED", e.code());
    }

    @Test
    void theContactComesBetweenReceiptAndExtension() {
        LocalDate today = LocalDate.of(2026, 9, 30);
        DomainException future = assertThrows(DomainException.class, () -> new Extension("原因", noon(today).plusSeconds(60),
                "王科长", ContactChannel.PHONE, "handler", noon(today)));
        assertEquals("CONTACT_NOT_BEFORE_EXTENSION", future.code());
        Extension beforeReceipt = new Extension("原因", RECEIVED.toInstant().minusSeconds(60), "王科长",
                ContactChannel.EMAIL, "handler", noon(today));
        IncomingLetter l = letter();
        assertEquals("CONTACT_BEFORE_RECEIPT", assertThrows(DomainException.class,
                () -> l.extendDueDate(LocalDate.of(2026, 10, 12), beforeReceipt, today, CALENDAR)).code());
        assertEquals(DUE, l.dueDate());
    }

    @Test
    void anExtensionNamesItsReasonAndTheContact() {
        Instant now = noon(LocalDate.of(2026, 9, 30));
        Instant call = now.minusSeconds(60);
        assertEquals("EXTENSION_REASON_REQUIRED", assertThrows(DomainException.class,
                () -> new Extension(" ", call, "王科长", ContactChannel.PHONE, "handler", now)).code());
        assertEquals("EXTENSION_REASON_TOO_LONG", assertThrows(DomainException.class,
                () -> new Extension("长".repeat(501), call, "王科长", ContactChannel.PHONE, "handler", now)).code());
        assertEquals("CONTACT_PERSON_REQUIRED", assertThrows(DomainException.class,
                () -> new Extension("原因", call, null, ContactChannel.PHONE, "handler", now)).code());
        assertEquals("CONTACT_CHANNEL_REQUIRED", assertThrows(DomainException.class,
                () -> new Extension("原因", call, "王科长", null, "handler", now)).code());
        assertEquals("CONTACTED_AT_REQUIRED", assertThrows(DomainException.class,
                () -> new Extension("原因", null, "王科长", ContactChannel.PHONE, "handler", now)).code());
        Extension e = new Extension("  原因  ", call, " 王科长 ", ContactChannel.IN_PERSON, "handler", now);
        assertEquals("原因", e.reason());
        assertEquals("王科长", e.contactPerson());
    }

    @Test
    void onlyTheLettersHandlerExtendsItAndOnlyWhileItIsOpen() {
        LocalDate today = LocalDate.of(2026, 9, 30);
        LocalDate newDue = LocalDate.of(2026, 10, 12);
        IncomingLetter l = letter();
        DomainException other = assertThrows(DomainException.class,
                () -> l.extendDueDate(newDue, calledBy("handler2", today), today, CALENDAR));
        assertEquals("NOT_YOUR_LETTER", other.code());
        assertEquals(DomainException.Kind.FORBIDDEN, other.kind());

        IncomingLetter unassigned = new IncomingLetter(new ReceiptNumber(2026, 9), Channel.PAPER, null,
                RECEIVED.toInstant(), DUE, "registry", new StoredFile("e".repeat(64), "application/pdf", 10, "z.pdf", 1));
        assertEquals("LETTER_NOT_EXTENDABLE", assertThrows(DomainException.class,
                () -> unassigned.extendDueDate(newDue, called(today), today, CALENDAR)).code());

        l.reject(Set.of(Role.REGISTRY_CLERK), new Rejection(RejectionReason.DUPLICATE_REQUEST, null,
                "registry", noon(today)));
        DomainException closed = assertThrows(DomainException.class,
                () -> l.extendDueDate(newDue, called(today), today, CALENDAR));
        assertEquals("LETTER_NOT_EXTENDABLE", closed.code());
        assertEquals(DomainException.Kind.CONFLICT, closed.kind());
        assertEquals(DUE, l.dueDate());
    }
}
