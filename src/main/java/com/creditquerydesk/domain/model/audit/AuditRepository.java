package com.creditquerydesk.domain.model.audit;

import java.time.Instant;
import java.util.List;

public interface AuditRepository {

    /** Appends an event after the current head of the chain, in the caller's transaction. */
    AuditEvent append(String actor, String ip, String action, String letterId, String detail, Instant at);

    /** Events with seq greater than afterSeq, in order, at most limit of them (for walking the chain). */
    List<AuditEvent> batchAfter(long afterSeq, int limit);

    /** The last sequence number and hash the chain's head records: deleting trailing events shows here. */
    Head head();

    List<AuditEvent> search(AuditFilter filter, int offset, int limit);

    long count(AuditFilter filter);

    record Head(long seq, String hash) {
    }

    record AuditFilter(String actor, String action, String letterId, Instant from, Instant to) {
    }
}
