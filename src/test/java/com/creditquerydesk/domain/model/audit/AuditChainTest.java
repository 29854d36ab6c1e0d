package com.creditquerydesk.domain.model.audit;

import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.Sha256;
import org.junit.jupiter.api.Test;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chain's rules (docs/rules.md#R13, #R30–#R32), one forgery at a time. */
class AuditChainTest {

    /** A keyed hash the insider cannot compute: he knows only the unkeyed SHA-256 rule. */
    static final ChainKey KEY = canonical -> Sha256.hex("secret key\u0000" + canonical);
    static final Instant T0 = Instant.parse("2026-03-05T01:02:03.123456789Z");
    static final TrailSigner CENTRE = new RsaSigner();
    static final TrailSigner OTHER = new RsaSigner();

    private static List<AuditEvent> chain(int n, ChainKey key) {
        List<AuditEvent> events = new ArrayList<>();
        String prev = ChainHead.GENESIS.hash();
        for (int i = 1; i <= n; i++) {
            AuditEvent e = new AuditEvent(i, T0.plusSeconds(i), "clerk", "10.0.0." + i, "LETTER_RECEIVED",
                    "letter-" + i, "收文登记 " + i, prev, key);
            events.add(e);
            prev = e.hash();
        }
        return events;
    }

    private static ChainHead headOf(List<AuditEvent> events) {
        return events.isEmpty() ? ChainHead.GENESIS : events.get(events.size() - 1).asHead();
    }

    private static ChainVerification walk(List<AuditEvent> events, ChainHead storedHead, AuditCheckpoint... pins) {
        ChainWalk walk = new ChainWalk(KEY);
        for (AuditCheckpoint c : pins) {
            walk.requireCheckpoint(c, CENTRE);
        }
        events.forEach(walk::accept);
        return walk.finish(storedHead);
    }

    private static ChainVerification walk(List<AuditEvent> events) {
        return walk(events, headOf(events));
    }

    private static AuditCheckpoint checkpoint(AuditEvent at) {
        return AuditCheckpoint.sign(at.asHead(), T0.plusSeconds(3600), CENTRE);
    }

    private static void setDetail(AuditEvent e, String detail) throws Exception {
        var field = AuditEvent.class.getDeclaredField("detail");
        field.setAccessible(true);
        field.set(e, detail);
    }

    @Test
    void anUntouchedChainVerifiesWithItsCheckpoints() {
        List<AuditEvent> events = chain(20, KEY);
        ChainVerification v = walk(events, headOf(events), checkpoint(events.get(4)), checkpoint(events.get(19)));
        assertTrue(v.intact(), v.reasonEn());
        assertEquals(20, v.eventsChecked());
        assertEquals(2, v.pinsChecked());
        assertTrue(walk(List.of(), ChainHead.GENESIS).intact(), "an empty trail");
    }

    @Test
    void theHashCoversEveryField() {
        AuditEvent e = chain(1, KEY).get(0);
        String base = e.hash();
        String p = e.prevHash();
        assertNotEquals(base, new AuditEvent(1, e.occurredAt(), "clerk2", e.ip(), e.action(), e.letterId(), e.detail(), p, KEY).hash());
        assertNotEquals(base, new AuditEvent(1, e.occurredAt(), e.actor(), "10.0.0.9", e.action(), e.letterId(), e.detail(), p, KEY).hash());
        assertNotEquals(base, new AuditEvent(1, e.occurredAt(), e.actor(), e.ip(), "X", e.letterId(), e.detail(), p, KEY).hash());
        assertNotEquals(base, new AuditEvent(1, e.occurredAt(), e.actor(), e.ip(), e.action(), "other", e.detail(), p, KEY).hash());
        assertNotEquals(base, new AuditEvent(1, e.occurredAt(), e.actor(), e.ip(), e.action(), e.letterId(), "changed", p, KEY).hash());
        assertNotEquals(base, new AuditEvent(1, e.occurredAt().plusNanos(1000), e.actor(), e.ip(), e.action(), e.letterId(), e.detail(), p, KEY).hash());
        assertNotEquals(base, new AuditEvent(2, e.occurredAt(), e.actor(), e.ip(), e.action(), e.letterId(), e.detail(), p, KEY).hash());
        assertNotEquals(base, new AuditEvent(1, e.occurredAt(), e.actor(), e.ip(), e.action(), e.letterId(), e.detail(), "1".repeat(64), KEY).hash());
        // Field boundaries are unambiguous: moving text between fields changes the hash.
        assertNotEquals(new AuditEvent(1, e.occurredAt(), "ab", "c", "A", null, null, p, KEY).hash(),
                new AuditEvent(1, e.occurredAt(), "a", "bc", "A", null, null, p, KEY).hash());
        // The link is keyed: the same content under plain SHA-256 has another hash.
        assertNotEquals(base, new AuditEvent(1, e.occurredAt(), e.actor(), e.ip(), e.action(), e.letterId(), e.detail(), p,
                ChainKey.UNKEYED_SHA256).hash());
    }

    @Test
    void anEditedEventIsFound() throws Exception {
        List<AuditEvent> events = chain(10, KEY);
        setDetail(events.get(6), "篡改");
        ChainVerification v = walk(events);
        assertFalse(v.intact());
        assertEquals(7L, v.firstBrokenSeq());
        assertEquals(6, v.eventsChecked());
    }

    @Test
    void aDeletedEventIsFound() {
        List<AuditEvent> events = chain(10, KEY);
        events.remove(3);
        ChainVerification v = walk(events);
        assertFalse(v.intact());
        assertEquals(4L, v.firstBrokenSeq());
    }

    @Test
    void aRecomputedForgeryBreaksTheNextLink() {
        List<AuditEvent> events = chain(5, KEY);
        AuditEvent original = events.get(2);
        events.set(2, new AuditEvent(3, original.occurredAt(), "forger", original.ip(), original.action(),
                original.letterId(), original.detail(), original.prevHash(), KEY));
        ChainVerification v = walk(events);
        assertFalse(v.intact());
        assertEquals(4L, v.firstBrokenSeq());
    }

    /** The attack found: edit a row and recompute every later hash and the head, by the rule anyone can compute. */
    @Test
    void rehashingEveryLaterEventWithoutTheKeyIsFoundAtTheEditedEvent() throws Exception {
        List<AuditEvent> events = chain(10, KEY);
        setDetail(events.get(4), "篡改");
        String prev = events.get(3).hash();
        for (AuditEvent e : events.subList(4, 10)) {
            e.relink(prev, ChainKey.UNKEYED_SHA256);
            prev = e.hash();
        }
        ChainVerification v = walk(events, headOf(events));
        assertFalse(v.intact());
        assertEquals(5L, v.firstBrokenSeq());
    }

    /** With the key stolen, the rehash verifies link by link, but not against a checkpoint signed before it. */
    @Test
    void rehashingWithTheKeyIsFoundByAnEarlierCheckpoint() throws Exception {
        List<AuditEvent> events = chain(10, KEY);
        AuditCheckpoint signed = checkpoint(events.get(7));
        setDetail(events.get(4), "篡改");
        String prev = events.get(3).hash();
        for (AuditEvent e : events.subList(4, 10)) {
            e.relink(prev, KEY);
            prev = e.hash();
        }
        assertTrue(walk(events).intact(), "link by link the stolen key makes it consistent");
        ChainVerification v = walk(events, headOf(events), signed);
        assertFalse(v.intact());
        assertEquals(8L, v.firstBrokenSeq());
    }

    @Test
    void deletingTheNewestEventsShowsAtTheHead() {
        List<AuditEvent> events = chain(10, KEY);
        ChainHead head = headOf(events);
        events.subList(7, 10).clear();
        ChainVerification v = walk(events, head);
        assertFalse(v.intact());
        assertEquals(8L, v.firstBrokenSeq());
    }

    /** The attack found: delete the last 3 and set the head row back to the event now last. */
    @Test
    void deletingTheNewestEventsAndFixingTheHeadIsFoundByACheckpoint() {
        List<AuditEvent> events = chain(10, KEY);
        AuditCheckpoint signed = checkpoint(events.get(8));
        events.subList(7, 10).clear();
        ChainVerification v = walk(events, headOf(events), signed);
        assertFalse(v.intact());
        assertEquals(8L, v.firstBrokenSeq());
        assertTrue(v.reasonEn().contains("truncated"), v.reasonEn());
        // What no checkpoint or reply vouches for yet, only the database does: the events after the last checkpoint.
        assertTrue(walk(events, headOf(events), checkpoint(events.get(6))).intact());
    }

    @Test
    void aCheckpointNotSignedByTheCentreBreaksTheWalk() {
        List<AuditEvent> events = chain(5, KEY);
        AuditCheckpoint forged = AuditCheckpoint.sign(events.get(2).asHead(), T0, OTHER);
        ChainVerification v = walk(events, headOf(events), forged);
        assertFalse(v.intact());
        assertEquals(3L, v.firstBrokenSeq());
        AuditCheckpoint good = checkpoint(events.get(2));
        AuditCheckpoint moved = new AuditCheckpoint(events.get(3).asHead(), good.signedAt(), good.signature());
        assertFalse(walk(events, headOf(events), moved).intact(), "a signature over another head");
        AuditCheckpoint garbage = new AuditCheckpoint(events.get(3).asHead(), good.signedAt(), "not base64!");
        assertFalse(walk(events, headOf(events), garbage).intact());
    }

    @Test
    void aReplyHeadBeyondTheChainOrWithAnotherHashIsFound() {
        List<AuditEvent> events = chain(10, KEY);
        ChainHead replyHead = events.get(5).asHead();
        List<AuditEvent> truncated = new ArrayList<>(events.subList(0, 5));
        ChainWalk walk = new ChainWalk(KEY);
        walk.requireHead(replyHead, "复函", "the reply");
        truncated.forEach(walk::accept);
        ChainVerification v = walk.finish(headOf(truncated));
        assertFalse(v.intact());
        assertEquals(6L, v.firstBrokenSeq());

        ChainWalk other = new ChainWalk(KEY);
        other.requireHead(new ChainHead(6, "a".repeat(64)), "复函", "the reply");
        events.forEach(other::accept);
        ChainVerification changed = other.finish(headOf(events));
        assertFalse(changed.intact());
        assertEquals(6L, changed.firstBrokenSeq());

        ChainWalk holds = new ChainWalk(KEY);
        holds.requireHead(replyHead, "复函", "the reply");
        events.forEach(holds::accept);
        assertTrue(holds.finish(headOf(events)).intact());
    }

    @Test
    void pinsThatDisagreeOrAWrongGenesisBreakTheWalk() {
        List<AuditEvent> events = chain(3, KEY);
        ChainWalk walk = new ChainWalk(KEY);
        walk.requireHead(events.get(1).asHead(), "甲", "one");
        walk.requireHead(new ChainHead(2, "b".repeat(64)), "乙", "two");
        events.forEach(walk::accept);
        assertEquals(2L, walk.finish(headOf(events)).firstBrokenSeq());

        ChainWalk genesis = new ChainWalk(KEY);
        genesis.requireHead(ChainHead.GENESIS, "空链", "empty");
        events.forEach(genesis::accept);
        assertTrue(genesis.finish(headOf(events)).intact());

        ChainWalk wrong = new ChainWalk(KEY);
        wrong.requireHead(new ChainHead(0, "c".repeat(64)), "空链", "empty");
        events.forEach(wrong::accept);
        assertEquals(0L, wrong.finish(headOf(events)).firstBrokenSeq());
    }

    @Test
    void anOldChainRelinkedUnderTheKeyVerifiesOnlyUnderTheKey() {
        List<AuditEvent> events = chain(6, ChainKey.UNKEYED_SHA256);
        ChainWalk old = new ChainWalk(ChainKey.UNKEYED_SHA256);
        events.forEach(old::accept);
        assertTrue(old.finish(headOf(events)).intact());
        assertFalse(walk(events).intact(), "the old chain is not a keyed one");
        String prev = ChainHead.GENESIS.hash();
        for (AuditEvent e : events) {
            e.relink(prev, KEY);
            prev = e.hash();
        }
        assertTrue(walk(events).intact());
    }

    @Test
    void timesAreHashedAtTheStoredPrecision() {
        AuditEvent e = chain(1, KEY).get(0);
        assertEquals(0, e.occurredAt().getNano() % 1000);
        assertTrue(e.isIntact(KEY));
    }

    @Test
    void aHeadIsSeqColonSixtyFourHexDigits() {
        ChainHead h = new ChainHead(42, "ab".repeat(32));
        assertEquals("42:" + "ab".repeat(32), h.text());
        assertEquals(h, ChainHead.parse(h.text()));
        for (String bad : new String[]{null, "", "42", ":" + "a".repeat(64), "x:" + "a".repeat(64), "-1:" + "a".repeat(64),
                "1:" + "a".repeat(63), "1:" + "A".repeat(64), "1:" + "g".repeat(64)}) {
            assertThrows(DomainException.class, () -> ChainHead.parse(bad), String.valueOf(bad));
        }
    }

    @Test
    void aCheckpointSignsItsHeadAndTime() {
        ChainHead h = new ChainHead(7, "d".repeat(64));
        AuditCheckpoint c = AuditCheckpoint.sign(h, T0, CENTRE);
        assertTrue(c.isSignedBy(CENTRE));
        assertFalse(c.isSignedBy(OTHER));
        assertFalse(new AuditCheckpoint(h, T0.plusSeconds(1), c.signature()).isSignedBy(CENTRE), "another time");
        assertEquals("CQD-AUDIT-CHECKPOINT\n7\n" + "d".repeat(64) + "\n" + T0 + "\n",
                new String(c.signedContent(), java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A real signature (RSA), as the centre's key makes them. */
    static final class RsaSigner implements TrailSigner {
        private final KeyPair pair;

        RsaSigner() {
            try {
                KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
                gen.initialize(2048);
                pair = gen.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public byte[] sign(byte[] content) {
            try {
                Signature s = Signature.getInstance("SHA256withRSA");
                s.initSign(pair.getPrivate());
                s.update(content);
                return s.sign();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public boolean verify(byte[] content, byte[] signature) {
            try {
                Signature s = Signature.getInstance("SHA256withRSA");
                s.initVerify(pair.getPublic());
                s.update(content);
                return s.verify(signature);
            } catch (GeneralSecurityException e) {
                return false;
            }
        }

        @Override
        public String certificatePem() {
            throw new UnsupportedOperationException("not needed here");
        }
    }
}
