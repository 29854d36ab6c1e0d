package com.creditquerydesk.application.applicants;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.application.intake.LetterQueryService;
import com.creditquerydesk.domain.model.applicants.ApplicantCounts;
import com.creditquerydesk.domain.model.applicants.ApplicantList;
import com.creditquerydesk.domain.model.applicants.ApplicantListRepository;
import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.letter.IncomingLetterRepository;
import com.creditquerydesk.domain.model.register.RegisterRepository;
import com.creditquerydesk.domain.model.register.RegisterVersion;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import com.creditquerydesk.application.jobs.JobSettings;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * The transactional steps around a list's screening: filing it, and ending it with the letter's step and the trail
 * in one transaction. The reading between them runs outside any transaction, in batches that commit by themselves.
 */
@ApplicationScoped
class ApplicantListSteps {

    @Inject
    IncomingLetterRepository letters;

    @Inject
    ApplicantListRepository lists;

    @Inject
    RegisterRepository register;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Inject
    JobSettings jobs;

    /** Only the letter's handler screens it, once it is confirmed (docs/rules.md#R9, #R40); a failed list is replaced. */
    @Transactional
    ApplicantList start(Actor actor, String letterId, String fileName, String fileSha256) {
        IncomingLetter letter = letter(letterId);
        letter.checkScreening(actor.username());
        lists.findByLetter(letterId).filter(l -> !l.replaceable()).ifPresent(l -> {
            throw new DomainException(Kind.CONFLICT, "APPLICANT_LIST_EXISTS", "本函的招聘人员名单已在查询或已查询完毕",
                    "this letter's applicant list is being screened or has been screened");
        });
        RegisterVersion version = register.latestVersion().orElseThrow(() -> new DomainException(Kind.CONFLICT,
                "REGISTER_EMPTY", "尚未导入失信被执行人名单，无法查询", "no register has been imported yet"));
        ApplicantList list = ApplicantList.start(letterId, fileName, fileSha256, actor.username(), clock.instant(),
                version.number());
        lists.create(list, jobs.node());
        audit.record(actor, AuditAction.APPLICANTS_UPLOADED, letterId, "上传招聘人员名单 " + list.fileName()
                + "，按名单版本 " + version.number() + " 查询");
        return list;
    }

    /** The letter moves on as after any screening: to its second review when anything matched (docs/rules.md#R7). */
    @Transactional
    ApplicantList finish(Actor actor, ApplicantList list, ApplicantCounts counts) {
        IncomingLetter letter = letter(list.letterId());
        letter.recordScreening(actor.username(), counts.matched() > 0);
        ApplicantList done = list.done(counts, clock.instant());
        lists.update(done);
        audit.record(actor, AuditAction.APPLICANTS_SCREENED, list.letterId(), "招聘人员名单查询 " + counts.applicants()
                + " 人，命中 " + counts.matched() + " 人，未予查询 " + counts.rejected() + " 行，名单版本 " + list.registerVersion());
        return done;
    }

    @Transactional
    void fail(Actor actor, ApplicantList list, DomainException why) {
        lists.update(list.failed(why.messageZh(), why.messageEn(), clock.instant()));
        audit.record(actor, AuditAction.APPLICANTS_FAILED, list.letterId(), "招聘人员名单查询失败：" + why.messageZh());
    }

    IncomingLetter letter(String letterId) {
        return letters.find(letterId).orElseThrow(() -> LetterQueryService.notFound(letterId));
    }
}
