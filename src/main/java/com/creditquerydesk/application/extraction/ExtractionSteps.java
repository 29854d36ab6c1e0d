package com.creditquerydesk.application.extraction;

import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.application.intake.LetterQueryService;
import com.creditquerydesk.application.jobs.JobLease;
import com.creditquerydesk.application.jobs.JobQueue;
import com.creditquerydesk.domain.model.job.JobKind;
import com.creditquerydesk.domain.model.extraction.ExtractionRepository;
import com.creditquerydesk.domain.model.extraction.ExtractionRepository.LetterReading;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.letter.IncomingLetterRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The transactional steps of one extraction job; the slow reading runs between them, outside any transaction. */
@ApplicationScoped
public class ExtractionSteps {

    @Inject
    IncomingLetterRepository letters;

    @Inject
    ExtractionRepository extractions;

    @Inject
    AuditService audit;

    @Inject
    JobQueue queue;

    /**
     * Marks the letter EXTRACTING, while this server holds the reading's job; answers null when it no longer needs
     * reading (e.g. a clerk was faster). Taken over from a server that stopped, it is recorded as resumed.
     */
    @Transactional
    public IncomingLetter begin(String letterId, JobLease lease) {
        lease.confirm();
        IncomingLetter letter = letters.find(letterId).orElseThrow(() -> LetterQueryService.notFound(letterId));
        if (!letter.status().isWorking()) {
            return null;
        }
        boolean resumed = letter.startReading();
        audit.record(Actor.system(), resumed ? AuditAction.EXTRACTION_RESUMED : AuditAction.EXTRACTION_STARTED, letterId,
                (resumed ? "重启后继续识别 " : "开始识别 ") + letter.receiptNumber().value());
        return letter;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(String letterId, int pagesDone) {
        letters.find(letterId).ifPresent(l -> l.recordProgress(pagesDone));
    }

    /** Keeps what was read and ends the job in one transaction, unless another server took the job over (R80). */
    @Transactional
    public void finish(String letterId, LetterReading reading, JobLease lease) {
        lease.complete();
        IncomingLetter letter = letters.find(letterId).orElseThrow(() -> LetterQueryService.notFound(letterId));
        extractions.store(letterId, reading);
        letter.finishReading(reading.result().senderUnit(), reading.result().docNumber());
        audit.record(Actor.system(), AuditAction.EXTRACTION_DONE, letterId, "识别完成（" + reading.source() + "）：文号 "
                + (reading.result().docNumber() == null ? "未识别" : reading.result().docNumber().value()) + "，来函单位 " + reading.result().senderUnit() + "，查询对象 "
                + reading.result().candidates().size() + " 人，待校对员核对 " + reading.result().needsCheckCount() + " 项");
    }

    /** A clerk has a FAILED letter read again. */
    @Transactional
    public IncomingLetter retry(Actor actor, String letterId) {
        IncomingLetter letter = letters.find(letterId).orElseThrow(() -> LetterQueryService.notFound(letterId));
        letter.retryReading();
        audit.record(actor, AuditAction.EXTRACTION_RETRIED, letterId, "重新识别 " + letter.receiptNumber().value());
        queue.enqueue(JobKind.EXTRACTION, letterId);
        return letter;
    }

    /** The file could not be read: the letter FAILED with the reason, and its job over, in one transaction. */
    @Transactional
    public void fail(String letterId, String reasonZh, String reasonEn, JobLease lease) {
        lease.complete();
        fail(letterId, reasonZh, reasonEn);
    }

    @Transactional
    public void fail(String letterId, String reasonZh, String reasonEn) {
        letters.find(letterId).ifPresent(letter -> {
            if (letter.status().isWorking()) {
                letter.failReading(reasonZh + " / " + reasonEn);
                audit.record(Actor.system(), AuditAction.EXTRACTION_FAILED, letterId, "识别失败，需人工录入：" + reasonZh);
            }
        });
    }
}
