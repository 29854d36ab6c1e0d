package com.creditquerydesk.domain.model.audit;

import java.time.Instant;
import java.util.List;

public interface AuditRepository {

    /** Appends an event after the current head of the chain, in the caller's transaction. */
    AuditEvent append(String actor, String ip, String action, String letterId, String detail, Instant at);

    /** Events with seq greater than afterSeq, in order, at most limit of them (for walking the chain). */
    List<AuditEvent> batchAfter(long afterSeq, int limit);

    /** The last sequence number and hash the chain's head records: deleting trailing events shows here. */
    ChainHead head();

    /** Whether the chain is linked with the key (docs/rules.md#R30); false for a trail from before it. */
    boolean keyed();

    /**
     * Links every event again under the key, in order, and marks the chain keyed, in the caller's transaction
     * (the one-time move of docs/rules.md#R30). Answers the new head.
     */
    ChainHead relinkAll(ChainKey key);

    /** Newest first. */
    List<AuditEvent> search(AuditFilter filter, int offset, int limit);

    /** Every event of one letter, in chain order (a letter's trail is some dozens of events). */
    List<AuditEvent> forLetter(String letterId);

    long count(AuditFilter filter);

    record AuditFilter(String actor, String action, String letterId, Instant from, Instant to) {
    }
}
