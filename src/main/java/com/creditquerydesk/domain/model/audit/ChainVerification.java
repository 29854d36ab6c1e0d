package com.creditquerydesk.domain.model.audit;

/** The outcome of walking the audit chain: intact, or the first broken link and why. */
public record ChainVerification(boolean intact, long eventsChecked, Long firstBrokenSeq, String reasonZh,
                                String reasonEn) {

    public static ChainVerification ok(long checked) {
        return new ChainVerification(true, checked, null, null, null);
    }

    public static ChainVerification broken(long checked, long seq, String zh, String en) {
        return new ChainVerification(false, checked, seq, zh, en);
    }

    /**
     * Checks one link: the event's own hash, its link to the previous hash and that no sequence number
     * is missing. Answers null when the link holds.
     */
    public static ChainVerification checkLink(AuditEvent event, long expectedSeq, String expectedPrevHash,
                                              long checked) {
        if (event.seq() != expectedSeq) {
            return broken(checked, expectedSeq, "审计记录缺失（序号 " + expectedSeq + "）",
                    "audit event " + expectedSeq + " is missing");
        }
        if (!event.prevHash().equals(expectedPrevHash)) {
            return broken(checked, event.seq(), "审计记录与前一条记录的链接被破坏",
                    "the link to the previous audit event is broken");
        }
        if (!event.isIntact()) {
            return broken(checked, event.seq(), "审计记录内容被篡改", "the audit event's content was altered");
        }
        return null;
    }
}
