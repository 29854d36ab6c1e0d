package com.creditquerydesk.domain.model.audit;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Walks the audit chain from its first event (docs/rules.md#R13, #R30–#R32). Each event must follow the one
 * before without a gap, point at its hash and carry its own keyed hash; the head row must name the last event; and
 * every pinned point (a signed checkpoint, the head a signed reply carries) must still be in the chain with the
 * same hash. A pin past the last event means events were deleted from the end, even when the head row was set
 * back to match; a pin whose event has another hash means the chain was rewritten after the pin was signed.
 */
public final class ChainWalk {

    /** A point the chain must still hold, and what vouches for it (in both languages, for the answer). */
    private record Pin(ChainHead head, String whatZh, String whatEn) {
    }

    private final ChainKey key;
    private final NavigableMap<Long, Pin> pins = new TreeMap<>();
    private String prevHash = ChainHead.GENESIS.hash();
    private long expected = 1;
    private ChainVerification broken;

    public ChainWalk(ChainKey key) {
        this.key = key;
    }

    /** The chain must hold the checkpoint's head; a checkpoint whose signature fails breaks the walk at once. */
    public void requireCheckpoint(AuditCheckpoint checkpoint, TrailSigner signer) {
        ChainHead head = checkpoint.head();
        if (!checkpoint.isSignedBy(signer)) {
            fail(head.seq(), "序号 " + head.seq() + " 的检查点（" + checkpoint.signedAt() + "）签名无效，检查点记录被改动",
                    "the checkpoint of seq " + head.seq() + " (" + checkpoint.signedAt()
                            + ") has no valid signature: the checkpoint log was altered");
            return;
        }
        pin(new Pin(head, "已签名检查点（" + checkpoint.signedAt() + "）", "the checkpoint signed at " + checkpoint.signedAt()));
    }

    /** The chain must hold this head, which something signed vouches for (e.g. a reply's metadata). */
    public void requireHead(ChainHead head, String whatZh, String whatEn) {
        pin(new Pin(head, whatZh, whatEn));
    }

    private void pin(Pin pin) {
        if (broken != null) {
            return;
        }
        ChainHead head = pin.head();
        if (head.seq() == 0 && !head.equals(ChainHead.GENESIS)) {
            fail(0, pin.whatZh() + "记载的链首哈希不是初始值", pin.whatEn() + " names a genesis hash that is not the initial one");
            return;
        }
        Pin before = pins.putIfAbsent(head.seq(), pin);
        if (before != null && !before.head().equals(head)) {
            fail(head.seq(), before.whatZh() + "与" + pin.whatZh() + "对序号 " + head.seq() + " 记载的哈希不同",
                    before.whatEn() + " and " + pin.whatEn() + " name different hashes for seq " + head.seq());
        }
    }

    /** Takes the next event in order; answers false once the chain is broken (the caller may stop reading). */
    public boolean accept(AuditEvent event) {
        if (broken != null) {
            return false;
        }
        if (event.seq() != expected) {
            return fail(expected, "审计记录缺失（序号 " + expected + "）", "audit event " + expected + " is missing");
        }
        if (!event.prevHash().equals(prevHash)) {
            return fail(event.seq(), "审计记录与前一条记录的链接被破坏", "the link to the previous audit event is broken");
        }
        if (!event.isIntact(key)) {
            return fail(event.seq(), "审计记录内容被篡改或其哈希被重新计算",
                    "the audit event's content was altered or its hash recomputed");
        }
        Pin pin = pins.get(event.seq());
        if (pin != null && !pin.head().hash().equals(event.hash())) {
            return fail(event.seq(), "序号 " + event.seq() + " 的审计记录与" + pin.whatZh() + "记载的哈希不同，记录在其后被改写",
                    "audit event " + event.seq() + " has another hash than " + pin.whatEn()
                            + " names: the trail was rewritten after it");
        }
        prevHash = event.hash();
        expected++;
        return true;
    }

    /** After the last event: the head row must name it, and no pin may lie beyond it. */
    public ChainVerification finish(ChainHead storedHead) {
        if (broken != null) {
            return broken;
        }
        long last = expected - 1;
        if (storedHead.seq() != last || !storedHead.hash().equals(prevHash)) {
            fail(last + 1, "审计链末尾的记录被删除或改动", "audit events at the end of the chain were deleted or altered");
            return broken;
        }
        Map.Entry<Long, Pin> beyond = pins.higherEntry(last);
        if (beyond != null) {
            Pin pin = beyond.getValue();
            fail(last + 1, "审计链被截断：" + pin.whatZh() + "记载的序号 " + pin.head().seq() + " 已不在链中（现仅到 "
                    + last + "）", "the trail was truncated: " + pin.whatEn() + " names seq " + pin.head().seq()
                    + ", but the chain now ends at " + last);
            return broken;
        }
        return ChainVerification.ok(last, pins.size());
    }

    private boolean fail(long seq, String zh, String en) {
        broken = ChainVerification.broken(expected - 1, seq, zh, en);
        return false;
    }
}
