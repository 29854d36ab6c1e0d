package com.creditquerydesk.domain.model.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditChainTest {

    private static List<AuditEvent> chain(int n) {
        List<AuditEvent> events = new ArrayList<>();
        String prev = AuditEvent.GENESIS_HASH;
        for (int i = 1; i <= n; i++) {
            AuditEvent e = new AuditEvent(i, Instant.parse("2026-03-05T01:02:03.123456789Z").plusSeconds(i), "clerk",
                    "10.0.0." + i, "LETTER_RECEIVED", "letter-" + i, "收文登记 " + i, prev);
            events.add(e);
            prev = e.hash();
        }
        return events;
    }

    private static ChainVerification walk(List<AuditEvent> events) {
        String prev = AuditEvent.GENESIS_HASH;
        long expected = 1;
        for (AuditEvent e : events) {
            ChainVerification broken = ChainVerification.checkLink(e, expected, prev, expected - 1);
            if (broken != null) {
                return broken;
            }
            prev = e.hash();
            expected++;
        }
        return ChainVerification.ok(events.size());
    }

    @Test
    void anUntouchedChainVerifies() {
        assertTrue(walk(chain(20)).intact());
    }

    @Test
    void theHashCoversEveryField() {
        AuditEvent e = chain(1).get(0);
        String base = e.hash();
        assertNotEquals(base, new AuditEvent(1, e.occurredAt(), "clerk2", e.ip(), e.action(), e.letterId(), e.detail(), e.prevHash()).hash());
        assertNotEquals(base, new AuditEvent(1, e.occurredAt(), e.actor(), "10.0.0.9", e.action(), e.letterId(), e.detail(), e.prevHash()).hash());
        assertNotEquals(base, new AuditEvent(1, e.occurredAt(), e.actor(), e.ip(), "X", e.letterId(), e.detail(), e.prevHash()).hash());
        assertNotEquals(base, new AuditEvent(1, e.occurredAt(), e.actor(), e.ip(), e.action(), "other", e.detail(), e.prevHash()).hash());
        assertNotEquals(base, new AuditEvent(1, e.occurredAt(), e.actor(), e.ip(), e.action(), e.letterId(), "changed", e.prevHash()).hash());
        assertNotEquals(base, new AuditEvent(1, e.occurredAt().plusNanos(1000), e.actor(), e.ip(), e.action(), e.letterId(), e.detail(), e.prevHash()).hash());
        assertNotEquals(base, new AuditEvent(2, e.occurredAt(), e.actor(), e.ip(), e.action(), e.letterId(), e.detail(), e.prevHash()).hash());
        // Field boundaries are unambiguous: moving text between fields changes the hash.
        assertNotEquals(new AuditEvent(1, e.occurredAt(), "ab", "c", "A", null, null, e.prevHash()).hash(),
                new AuditEvent(1, e.occurredAt(), "a", "bc", "A", null, null, e.prevHash()).hash());
    }

    @Test
    void anEditedEventIsFound() throws Exception {
        List<AuditEvent> events = chain(10);
        var detail = AuditEvent.class.getDeclaredField("detail");
        detail.setAccessible(true);
        detail.set(events.get(6), "篡改");
        ChainVerification v = walk(events);
        assertFalse(v.intact());
        assertEquals(7L, v.firstBrokenSeq());
    }

    @Test
    void aDeletedEventIsFound() {
        List<AuditEvent> events = chain(10);
        events.remove(3);
        ChainVerification v = walk(events);
        assertFalse(v.intact());
        assertEquals(4L, v.firstBrokenSeq());
    }

    @Test
    void aRecomputedForgeryBreaksTheNextLink() {
        List<AuditEvent> events = chain(5);
        AuditEvent original = events.get(2);
        // A forger rewrites event 3 and recomputes its own hash: event 4 still points at the old hash.
        events.set(2, new AuditEvent(3, original.occurredAt(), "forger", original.ip(), original.action(),
                original.letterId(), original.detail(), original.prevHash()));
        ChainVerification v = walk(events);
        assertFalse(v.intact());
        assertEquals(4L, v.firstBrokenSeq());
    }

    @Test
    void timesAreHashedAtTheStoredPrecision() {
        AuditEvent e = chain(1).get(0);
        assertEquals(0, e.occurredAt().getNano() % 1000);
        assertNull(ChainVerification.checkLink(e, 1, AuditEvent.GENESIS_HASH, 0));
    }
}
