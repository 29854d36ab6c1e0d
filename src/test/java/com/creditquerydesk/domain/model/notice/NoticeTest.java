package com.creditquerydesk.domain.model.notice;

import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoticeTest {

    private static final Instant T = Instant.parse("2026-12-07T01:00:00Z");

    private static Notice notice(String text) {
        return new Notice("handler", NoticeKind.ASSIGNED, "L1", text, LocalDate.of(2026, 12, 7), T);
    }

    @Test
    void aNoticeHasATextOfBoundedLength() {
        assertThrows(IllegalArgumentException.class, () -> notice(""));
        assertThrows(IllegalArgumentException.class, () -> notice("字".repeat(Notice.MAX_TEXT + 1)));
        assertEquals(Notice.MAX_TEXT, notice("字".repeat(Notice.MAX_TEXT)).text().length());
    }

    @Test
    void onlyTheRecipientReadsItAndTheFirstReadingStays() {
        Notice n = notice("来函已分派给您");
        assertEquals(DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> n.markRead("handler2", T)).kind());
        assertTrue(n.readAt().isEmpty());
        n.markRead("handler", T);
        n.markRead("handler", T.plusSeconds(60));
        assertEquals(T, n.readAt().orElseThrow());
    }
}
