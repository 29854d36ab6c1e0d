package com.creditquerydesk.application.workbench;

import com.creditquerydesk.application.workbench.WorkbenchService.WorkItem;
import com.creditquerydesk.domain.model.calendar.CalendarFile;
import com.creditquerydesk.domain.model.calendar.WorkingDayCalendar;
import com.creditquerydesk.domain.model.letter.Channel;
import com.creditquerydesk.domain.model.letter.DocumentNumber;
import com.creditquerydesk.domain.model.letter.DueState;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.letter.LetterStep;
import com.creditquerydesk.domain.model.letter.ReceiptNumber;
import com.creditquerydesk.domain.model.letter.StoredFile;
import com.creditquerydesk.domain.model.user.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The centre's objection hops on the 工作台 (docs/rules.md#R87) on 2026-09-30, the last working day before National
 * Day: the letter's handler's only, due by the hop's own date, among his letters by that date.
 */
class OpenLettersTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(List.of(CalendarFile.bundled()));
    private static final LocalDate SEP_30 = LocalDate.of(2026, 9, 30);

    private static IncomingLetter verified(int serial, LocalDate due, String handler) {
        IncomingLetter l = new IncomingLetter(new ReceiptNumber(2026, serial), Channel.PAPER, null,
                Instant.parse("2026-09-24T01:00:00Z"), due, "registry",
                new StoredFile(Integer.toString(serial).repeat(64).substring(0, 64), "application/pdf", 10, "x.pdf", 1));
        l.startReading();
        l.finishReading("某市人社局", DocumentNumber.parse("某人社函〔2026〕" + serial + "号"));
        l.confirm("clerk", handler);
        return l;
    }

    @Test
    void theCentresHopsAreTheLettersHandlersByTheirOwnDueDates() {
        IncomingLetter screening = verified(1, LocalDate.of(2026, 10, 9), "handler");
        IncomingLetter answered = verified(2, LocalDate.of(2026, 9, 20), "handler");
        OpenLetters.ObjectionAtCentre soon = new OpenLetters.ObjectionAtCentre(answered, "o-1", "陕信用函〔2026〕7号", 3,
                "报送", LocalDate.of(2026, 10, 8));
        OpenLetters.ObjectionAtCentre late = new OpenLetters.ObjectionAtCentre(answered, "o-2", "陕信用函〔2026〕7号", 5,
                "答复", LocalDate.of(2026, 9, 29));
        OpenLetters.ObjectionAtCentre unlimited = new OpenLetters.ObjectionAtCentre(answered, "o-3", "陕信用函〔2026〕7号", 4,
                "复核", null);
        OpenLetters open = new OpenLetters(List.of(screening), SEP_30, CALENDAR, l -> Set.of(), l -> null,
                List.of(soon, late, unlimited), List.of());

        List<WorkItem> items = open.itemsFor("handler", Set.of(Role.HANDLER));
        assertEquals(List.of("o-2", "o-1", "screen", "o-3"), items.stream()
                .map(i -> i.objection() == null ? "screen" : i.objection().objectionId()).toList(), "earliest due first");
        assertEquals(List.of(DueState.OVERDUE, DueState.DUE_SOON, DueState.IN_TIME, DueState.IN_TIME),
                items.stream().map(WorkItem::due).toList(), "10-08 is the next working day after 09-30");
        assertEquals(LetterStep.OBJECTION_HOP, items.get(0).step());
        assertEquals(LocalDate.of(2026, 9, 29), items.get(0).dueDate());
        assertEquals(List.of(), open.itemsFor("handler2", Set.of(Role.HANDLER)), "another handler's letter");
        assertEquals(List.of(), open.itemsFor("handler", Set.of(Role.REVIEWER)), "the handler's duty, not the name");
        assertEquals(List.of(LetterStep.SCREEN), new OpenLetters(List.of(screening), SEP_30, CALENDAR, l -> Set.of(),
                l -> null, List.of(), List.of()).itemsFor("handler", Set.of(Role.HANDLER)).stream().map(WorkItem::step).toList());
    }
}
