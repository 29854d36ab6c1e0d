package com.creditquerydesk.application.audit;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.domain.model.audit.AuditEvent;
import com.creditquerydesk.domain.model.audit.AuditRepository;
import com.creditquerydesk.domain.model.audit.ChainVerification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/** Records every step in the hash-chained trail (全程留痕, docs/rules.md#R13) and checks the chain. */
@ApplicationScoped
public class AuditService {

    private static final int VERIFY_BATCH = 1000;

    @Inject
    AuditRepository repository;

    @Inject
    Clock clock;

    /** Writes the event in the caller's transaction, so a change and its record commit or vanish together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, AuditAction action, String letterId, String detail) {
        repository.append(actor.username(), actor.ip(), action.name(), letterId, detail, clock.instant());
    }

    /** Records in a transaction of its own (e.g. a refused login, which changes nothing else). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAlone(Actor actor, AuditAction action, String letterId, String detail) {
        record(actor, action, letterId, detail);
    }

    /** Walks the whole chain in order and reports the first broken link. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChainVerification verify() {
        String prevHash = AuditEvent.GENESIS_HASH;
        long expected = 1;
        long checked = 0;
        List<AuditEvent> batch;
        while (!(batch = repository.batchAfter(expected - 1, VERIFY_BATCH)).isEmpty()) {
            for (AuditEvent e : batch) {
                ChainVerification broken = ChainVerification.checkLink(e, expected, prevHash, checked);
                if (broken != null) {
                    return broken;
                }
                prevHash = e.hash();
                expected++;
                checked++;
            }
        }
        AuditRepository.Head head = repository.head();
        if (head.seq() != checked || !head.hash().equals(prevHash)) {
            return ChainVerification.broken(checked, checked + 1, "审计链末尾的记录被删除或改动",
                    "audit events at the end of the chain were deleted or altered");
        }
        return ChainVerification.ok(checked);
    }
}
