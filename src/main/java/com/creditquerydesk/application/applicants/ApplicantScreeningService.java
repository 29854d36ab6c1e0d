package com.creditquerydesk.application.applicants;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.DatabaseReady;
import com.creditquerydesk.application.ServerSettings;
import com.creditquerydesk.application.Uploads;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.application.jobs.JobSettings;
import com.creditquerydesk.application.screening.ReviewTrail;
import com.creditquerydesk.domain.model.applicants.ApplicantCounts;
import com.creditquerydesk.domain.model.applicants.ApplicantFileFormat;
import com.creditquerydesk.domain.model.applicants.ApplicantList;
import com.creditquerydesk.domain.model.applicants.ApplicantListRepository;
import com.creditquerydesk.domain.model.applicants.ApplicantListStatus;
import com.creditquerydesk.domain.model.applicants.ApplicantResult;
import com.creditquerydesk.domain.model.applicants.ApplicantResultWriter;
import com.creditquerydesk.domain.model.applicants.RejectedApplicant;
import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.letter.LetterStatus;
import com.creditquerydesk.domain.model.register.RegisterRepository;
import com.creditquerydesk.domain.model.screening.HitReview.Decision;
import com.creditquerydesk.domain.model.screening.ScreeningResult;
import com.creditquerydesk.domain.shared.BlobStore;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * 招聘人员名单: the bulk screening of a unified recruitment's applicant list sent with a letter (docs/rules.md#R40,
 * #R41, #R42). The handler uploads it; it is read a row at a time, checked as a letter's list is, screened against the
 * register in batches ({@link ApplicantListReading}) and its hits go to the second review, as a letter's do.
 */
@ApplicationScoped
public class ApplicantScreeningService {

    private static final Logger LOG = Logger.getLogger(ApplicantScreeningService.class.getName());
    static final int MAX_PAGE = 1_000;

    @Inject
    ApplicantListSteps steps;

    @Inject
    ApplicantListRepository lists;

    @Inject
    ApplicantFileFormat files;

    @Inject
    ApplicantResultWriter results;

    @Inject
    RegisterRepository register;

    @Inject
    BlobStore store;

    @Inject
    AuditService audit;

    @Inject
    ServerSettings settings;

    @Inject
    Clock clock;

    @Inject
    JobSettings jobs;

    /**
     * Keeps the upload (encrypted, as a letter's original), checks its header, then reads, checks and screens every
     * row before answering. A file that cannot be a list is refused (4xx) and nothing is kept of it; one that fails
     * part-way (too many applicants, a broken spreadsheet) leaves a FAILED list the handler replaces by uploading again.
     */
    public ApplicantList screen(Actor actor, String letterId, InputStream content, String fileName) throws IOException {
        // Whose letter it is comes first: nothing of a stranger's upload is read or kept (docs/rules.md#R41).
        steps.letter(letterId).checkScreening(actor.username());
        // Plain on disk only while it is read: OPC needs random access to an XLSX (deleted below in every case).
        Path file = Uploads.save(content, settings.dataDir().resolve("tmp"), "applicants-");
        try {
            files.checkHeader(file);
            String sha;
            try (InputStream in = Files.newInputStream(file)) {
                sha = store.put(in);
            }
            ApplicantList list = steps.start(actor, letterId, fileName, sha);
            ApplicantCounts counts;
            try {
                counts = new ApplicantListReading(files, register).read(file, list.registerVersion(),
                        new ApplicantListReading.Output() {
                            @Override
                            public void progress(long rowsRead) {
                                lists.progress(list.id(), rowsRead);
                            }

                            @Override
                            public void hits(List<ScreeningResult> hits) {
                                lists.addHits(list.id(), hits);
                            }

                            @Override
                            public void rejected(List<RejectedApplicant> rows) {
                                lists.addRejected(list.id(), rows);
                            }
                        });
            } catch (DomainException e) {
                steps.fail(actor, list, e);
                throw e;
            } catch (IOException | RuntimeException e) {
                steps.fail(actor, list, new DomainException("APPLICANT_LIST_FAILED", "名单读取失败：" + e.getMessage(),
                        "the list could not be read: " + e.getMessage()));
                throw e;
            }
            return steps.finish(actor, list, counts);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The list's state and counts: no personal data, for everyone working on the letter. */
    public ApplicantList status(String letterId) {
        return lists.findByLetter(letterId).orElseThrow(() -> notUploaded(letterId));
    }

    /**
     * The rows not screened, with their reasons: to the letter's handler only (the names are shown, the IDs masked;
     * docs/rules.md#R21). Not audited, as a masked look is not.
     */
    @Transactional
    public List<RejectedApplicant> rejected(Actor actor, String letterId, long afterRow, int limit) {
        IncomingLetter letter = steps.letter(letterId);
        if (!letter.personalDataInScopeOf(actor.username(), actor.roles())) {
            throw outOfScope();
        }
        return lists.rejected(status(letterId).id(), afterRow, page(limit));
    }

    /**
     * The hits, a page at a time: in full to the letter's handler and to a reviewer while they await review, each such
     * look recorded; masked to everyone else (docs/rules.md#R21).
     */
    @Transactional
    public List<ScreeningResult> hits(Actor actor, String letterId, long afterRow, int limit) {
        IncomingLetter letter = steps.letter(letterId);
        List<ScreeningResult> page = lists.hits(status(letterId).id(), afterRow, page(limit));
        boolean full = letter.personalDataInScopeOf(actor.username(), actor.roles())
                || letter.hitsInScopeOf(actor.username(), actor.roles());
        if (!full) {
            return page.stream().map(ScreeningResult::masked).toList();
        }
        if (!page.isEmpty()) {
            audit.record(actor, AuditAction.APPLICANT_HITS_READ, letterId, "查看招聘人员名单命中结果：第 "
                    + page.get(0).index() + "–" + page.get(page.size() - 1).index() + " 行，" + page.size() + " 人");
        }
        return page;
    }

    /** 二次复审 of one hit, by a reviewer who took no earlier step on the letter (docs/rules.md#R8, #R41). */
    @Transactional
    public ScreeningResult review(Actor actor, String letterId, int row, Decision decision, String note) {
        IncomingLetter letter = steps.letter(letterId);
        letter.checkHitReview(actor.username());
        ApplicantList list = status(letterId);
        ScreeningResult hit = lists.hit(list.id(), row).orElseThrow(() -> new DomainException(Kind.NOT_FOUND,
                "APPLICANT_HIT_NOT_FOUND", "名单第 " + row + " 行不是命中结果", "row " + row + " of the list is not a hit"));
        ScreeningResult reviewed = hit.review(actor.username(), decision, note, clock.instant());
        lists.storeHit(list.id(), reviewed);
        audit.record(actor, ReviewTrail.action(reviewed, decision), letterId,
                ReviewTrail.detail("招聘人员名单第 " + row + " 行", reviewed, decision, note));
        if (lists.hitsAwaitingReview(list.id()) == 0) {
            letter.completeReview(actor.username());
            audit.record(actor, AuditAction.REVIEW_COMPLETED, letterId, "招聘人员名单的命中结果已全部复核");
        }
        return reviewed;
    }

    /**
     * Checks that the result may be given and records the look: to the letter's handler, once every hit has had its
     * second review (docs/rules.md#R42). The workbook is then written by {@link #writeResult}.
     */
    @Transactional
    public ApplicantResult result(Actor actor, String letterId) {
        IncomingLetter letter = steps.letter(letterId);
        if (!letter.personalDataInScopeOf(actor.username(), actor.roles())) {
            throw outOfScope();
        }
        ApplicantList list = status(letterId);
        if (list.status() != ApplicantListStatus.DONE || letter.status() == LetterStatus.IN_REVIEW) {
            throw new DomainException(Kind.CONFLICT, "APPLICANT_RESULT_NOT_READY",
                    "名单尚未查询完毕或仍有命中结果未经二次复核", "the list is not screened yet or hits await their second review");
        }
        long listed = standingHits(list.id()).size();
        ApplicantResult result = new ApplicantResult(letter.receiptNumber().value(), letter.requestingUnit(),
                list.registerVersion(), list.finishedAt().atZone(settings.zone()), list.counts().applicants(), listed,
                list.counts().rejected());
        audit.record(actor, AuditAction.APPLICANT_RESULT_READ, letterId, "下载招聘人员名单查询结果：查询 " + result.applicants()
                + " 人，系失信联合惩戒对象 " + listed + " 人");
        return result;
    }

    public void writeResult(String letterId, ApplicantResult result, OutputStream out) throws IOException {
        results.write(result, listed(status(letterId).id()), out);
    }

    /** The letter's list once it is screened (a failed or running one is none). */
    public Optional<ApplicantList> screened(String letterId) {
        return lists.findByLetter(letterId).filter(l -> l.status() == ApplicantListStatus.DONE);
    }

    /** The hits that stand after review, in row order: the rows of the reply's attachment (docs/rules.md#R42). */
    public List<ScreeningResult> standingHits(String listId) {
        List<ScreeningResult> out = new ArrayList<>();
        listed(listId).forEach(out::add);
        return out;
    }

    /** Everyone who reviewed one of the list's hits: none of them may sign the reply (docs/rules.md#R19). */
    public Set<String> hitReviewers(String listId) {
        return hits(listId).filter(r -> r.review() != null).map(r -> r.review().reviewer()).collect(Collectors.toSet());
    }

    /** The hits that stand after review, read a page at a time. */
    private Iterable<ScreeningResult> listed(String listId) {
        return () -> hits(listId).filter(r -> r.outcome() == ScreeningResult.Outcome.HIT).iterator();
    }

    /** Every hit of the list in row order, read lazily a page at a time. */
    private Stream<ScreeningResult> hits(String listId) {
        Iterator<ScreeningResult> pages = new Iterator<>() {
            private List<ScreeningResult> page = List.of();
            private int next;
            private long after;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (next >= page.size() && !exhausted) {
                    page = lists.hits(listId, after, MAX_PAGE);
                    exhausted = page.size() < MAX_PAGE;
                    next = 0;
                    if (!page.isEmpty()) {
                        after = page.get(page.size() - 1).index();
                    }
                }
                return next < page.size();
            }

            @Override
            public ScreeningResult next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(next++);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false);
    }

    /**
     * A list this server was screening when it stopped is over: the handler uploads it again. Lists the other servers
     * of the installation are screening go on (docs/rules.md#R80).
     */
    void onStart(@Observes DatabaseReady ready) {
        int n = lists.failScreening(jobs.node(), "服务器在查询过程中停止，本次名单查询未生效，请重新上传",
                "the server stopped while this list was screened; nothing of it counts, upload it again");
        if (n > 0) {
            LOG.warning(() -> n + " applicant list screening(s) interrupted by a stop marked FAILED");
        }
    }

    private static int page(int limit) {
        return limit < 1 ? 100 : Math.min(limit, MAX_PAGE);
    }

    private static DomainException notUploaded(String letterId) {
        return new DomainException(Kind.NOT_FOUND, "APPLICANT_LIST_NOT_FOUND", "本函没有上传招聘人员名单",
                "no applicant list has been uploaded for this letter");
    }

    private static DomainException outOfScope() {
        return new DomainException(Kind.FORBIDDEN, "PERSONAL_DATA_OUT_OF_SCOPE",
                "招聘人员名单含有个人信息，只提供给本函的经办人", "the applicant list holds personal data: only the letter's handler may see it");
    }
}
