package com.creditquerydesk.domain.model.audit;

/**
 * The outcome of walking the audit chain: intact, or the first broken link and why.
 *
 * @param pinsChecked how many signed points (checkpoints, a reply's head) the chain was found to still hold
 */
public record ChainVerification(boolean intact, long eventsChecked, long pinsChecked, Long firstBrokenSeq,
                                String reasonZh, String reasonEn) {

    public static ChainVerification ok(long checked, long pins) {
        return new ChainVerification(true, checked, pins, null, null, null);
    }

    public static ChainVerification broken(long checked, long seq, String zh, String en) {
        return new ChainVerification(false, checked, 0, seq, zh, en);
    }
}
