package com.creditquerydesk.application.audit;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.domain.model.audit.AuditCheckpoint;
import com.creditquerydesk.domain.model.audit.AuditEvent;
import com.creditquerydesk.domain.model.audit.AuditRepository;
import com.creditquerydesk.domain.model.audit.ChainHead;
import com.creditquerydesk.domain.model.audit.ChainKey;
import com.creditquerydesk.domain.model.audit.ChainVerification;
import com.creditquerydesk.domain.model.audit.ChainWalk;
import com.creditquerydesk.domain.model.audit.CheckpointLog;
import com.creditquerydesk.domain.model.audit.TrailSigner;
import com.creditquerydesk.domain.model.reply.SignedReplyReader;
import com.creditquerydesk.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * Records every step in the keyed hash chain (全程留痕, docs/rules.md#R13, #R30), signs checkpoints of its head
 * (#R31), checks the chain against them and against the head a signed reply carries (#R32), and exports it signed
 * (#R34). Nothing here, or anywhere, deletes an event (#R33).
 */
@ApplicationScoped
public class AuditService {

    private static final Logger LOG = Logger.getLogger(AuditService.class.getName());
    private static final int VERIFY_BATCH = 1000;
    /** Largest export in one file; a longer trail is exported in ranges of seq. */
    public static final int MAX_EXPORT = 100_000;

    @Inject
    AuditRepository repository;

    @Inject
    ChainKey key;

    @Inject
    CheckpointLog checkpoints;

    @Inject
    TrailSigner signer;

    @Inject
    SignedReplyReader replies;

    @Inject
    Clock clock;

    /** A reply's audit head and whether the trail still holds it. */
    public record ReplyCheck(ChainHead replyHead, ChainVerification trail) {
    }

    /** Events of an export, and the head when it was made. */
    public record Export(List<AuditEvent> events, ChainHead head) {
    }

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

    /** The chain's head as the caller's transaction sees it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChainHead head() {
        return repository.head();
    }

    /**
     * At start-up, before anything is recorded: a trail from before the keyed chain (docs/rules.md#R30) is verified
     * by its old SHA-256 rule and, if intact, linked again under the key, which is recorded with the old head. This
     * happens only while no checkpoint has been signed: afterwards a chain marked unkeyed was tampered with, and
     * re-linking it would bless the tampering, so it is left for verification to report.
     */
    @Transactional
    public void keyTheChain() {
        if (repository.keyed()) {
            return;
        }
        if (!checkpoints.all().isEmpty()) {
            LOG.severe("The audit chain is marked as not keyed although checkpoints were signed: not re-linked; "
                    + "verification reports it (审计链被改为未加密钥状态)");
            return;
        }
        ChainVerification old = walk(new ChainWalk(ChainKey.UNKEYED_SHA256));
        if (!old.intact()) {
            LOG.severe("The audit trail from before the keyed chain does not verify (" + old.reasonEn()
                    + "): not re-linked; verification reports it");
            return;
        }
        ChainHead before = repository.head();
        ChainHead after = repository.relinkAll(key);
        if (before.seq() > 0) {
            record(Actor.system(), AuditAction.AUDIT_CHAIN_KEYED, null, "原 SHA-256 审计链 " + before.seq()
                    + " 条记录核验完整，改为 HMAC-SHA256 密钥链接；原链头 " + before.text() + "，新链头 " + after.text());
        }
    }

    /** Walks the whole chain in order against every signed checkpoint; reports the first break. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChainVerification verify() {
        return walk(withCheckpoints());
    }

    /** Whether the trail still holds the head a signed reply carries, besides everything {@link #verify()} checks. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReplyCheck checkReply(byte[] signedPdf) {
        ChainHead head = replies.auditHead(signedPdf);
        ChainWalk walk = withCheckpoints();
        walk.requireHead(head, "复函签发时记载的审计链头", "the audit head the reply carries");
        return new ReplyCheck(head, walk(walk));
    }

    /**
     * Signs the head into a checkpoint kept outside the database (docs/rules.md#R31), and records that it did. The
     * head is read before this transaction writes anything, so it is one already committed, and the log waits until
     * that is on disk.
     */
    @Transactional
    public AuditCheckpoint checkpoint(Actor actor) {
        AuditCheckpoint checkpoint = AuditCheckpoint.sign(repository.head(), clock.instant(), signer);
        checkpoints.append(checkpoint);
        record(actor, AuditAction.AUDIT_CHECKPOINT_SIGNED, null, "签署审计链检查点 " + checkpoint.head().text());
        return checkpoint;
    }

    /** The scheduled checkpoint: signed when the head moved past the last one, and not itself recorded. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void checkpointIfMoved() {
        ChainHead head = repository.head();
        List<AuditCheckpoint> all = checkpoints.all();
        if (head.seq() > (all.isEmpty() ? 0 : all.get(all.size() - 1).head().seq())) {
            checkpoints.append(AuditCheckpoint.sign(head, clock.instant(), signer));
        }
    }

    public List<AuditCheckpoint> checkpoints() {
        return checkpoints.all();
    }

    /** Events fromSeq..toSeq (to the head when null) for the auditor's signed export; the export is recorded. */
    @Transactional
    public Export export(Actor actor, long fromSeq, Long toSeq) {
        ChainHead head = repository.head();
        long from = Math.max(1, fromSeq);
        long to = toSeq == null ? head.seq() : Math.min(toSeq, head.seq());
        if (to - from + 1 > MAX_EXPORT) {
            throw new DomainException("AUDIT_EXPORT_TOO_LARGE", "一次最多导出 " + MAX_EXPORT + " 条审计记录，请用 fromSeq/toSeq 分段导出",
                    "at most " + MAX_EXPORT + " audit events per export; export ranges with fromSeq/toSeq");
        }
        List<AuditEvent> events = new ArrayList<>();
        eachEvent(from - 1, e -> e.seq() <= to && events.add(e));
        record(actor, AuditAction.AUDIT_EXPORTED, null, "导出审计记录 " + from + "–" + to + "，导出时链头 " + head.text());
        return new Export(events, head);
    }

    /** The centre's signature over an export's bytes and its certificate (docs/rules.md#R34). */
    public byte[] sign(byte[] content) {
        return signer.sign(content);
    }

    public String certificatePem() {
        return signer.certificatePem();
    }

    private ChainWalk withCheckpoints() {
        ChainWalk walk = new ChainWalk(key);
        checkpoints.all().forEach(c -> walk.requireCheckpoint(c, signer));
        return walk;
    }

    /** Up to the head read first: events appended while the walk runs are not part of what it checks. */
    private ChainVerification walk(ChainWalk walk) {
        ChainHead head = repository.head();
        eachEvent(0, e -> e.seq() <= head.seq() && walk.accept(e));
        return walk.finish(head);
    }

    /** Reads events after afterSeq in order, in batches, until {@code each} answers false. */
    private void eachEvent(long afterSeq, Predicate<AuditEvent> each) {
        long after = afterSeq;
        List<AuditEvent> batch;
        while (!(batch = repository.batchAfter(after, VERIFY_BATCH)).isEmpty()) {
            for (AuditEvent e : batch) {
                if (!each.test(e)) {
                    return;
                }
                after = e.seq();
            }
        }
    }
}
