package com.creditquerydesk.application.reply;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.application.calendar.CalendarService;
import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.domain.model.extraction.ExtractionRepository;
import com.creditquerydesk.domain.model.extraction.ExtractionResult;
import com.creditquerydesk.domain.model.extraction.ExtractionRepository.LetterReading;
import com.creditquerydesk.domain.model.followup.CorrectedResult;
import com.creditquerydesk.domain.model.followup.FollowUpLetter;
import com.creditquerydesk.domain.model.followup.FollowUpLetterRepository;
import com.creditquerydesk.domain.model.letter.DocumentNumber;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.letter.QueryKind;
import com.creditquerydesk.domain.model.letter.Rejection;
import com.creditquerydesk.domain.model.objection.Objection;
import com.creditquerydesk.domain.model.objection.ObjectionRepository;
import com.creditquerydesk.domain.model.reply.ReplyContent;
import com.creditquerydesk.domain.model.reply.ReplyKind;
import com.creditquerydesk.domain.model.reply.ReplyLetter;
import com.creditquerydesk.domain.model.reply.ReplyRenderer;
import com.creditquerydesk.domain.model.reply.ReplyRow;
import com.creditquerydesk.domain.shared.BlobStore;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The letters issued after a reply (docs/rules.md#R89–R91): the 更正函 of an objection decided 更正, drafted, reviewed by
 * a second person and signed off; the 不予受理告知 of a refused letter, drafted and signed off. Both are signed as a reply
 * is and numbered in its sequence; every step is audited on the letter.
 */
@ApplicationScoped
public class FollowUpLetters {

    @Inject
    FollowUpLetterRepository letters;

    @Inject
    ObjectionRepository objections;

    @Inject
    ReplyInputs inputs;

    @Inject
    ExtractionRepository extractions;

    @Inject
    SignOffSteps steps;

    @Inject
    CentreSettings centre;

    @Inject
    ReplyRenderer documents;

    @Inject
    BlobStore store;

    @Inject
    CalendarService calendar;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    /** A 更正函 or 不予受理告知 with the rows it lists (none for a notice), to show its candidates by 序号 and name. */
    public record Details(FollowUpLetter letter, List<ReplyRow> rows) {
    }

    /** 起草更正函 of an objection decided 更正: one corrected result per candidate it names (docs/rules.md#R89). */
    @Transactional
    public Details draftCorrection(Actor actor, String objectionId, List<CorrectedResult> results) {
        Objection objection = objection(objectionId);
        IncomingLetter letter = inputs.letter(objection.letterId());
        if (letters.findByObjection(objection.id()).isPresent()) {
            throw new DomainException(Kind.CONFLICT, "CORRECTION_EXISTS", "该异议已起草更正函", "the objection has its correction");
        }
        ReplyLetter original = inputs.reply(letter.id(), "REPLY_NOT_SIGNED", "该来函尚无已签发的复函",
                "the letter has no signed reply");
        List<ReplyRow> originalRows = inputs.content(letter).rows();
        FollowUpLetter correction = FollowUpLetter.correction(objection, original, originalRows, results, letter.handler(),
                actor.username(), actor.roles(), clock.instant());
        ReplyContent content = content(correction);
        correction.drafted(store.put(documents.draftPdf(content, correction.kind())),
                store.put(documents.docx(content, correction.kind())));
        letters.store(correction);
        audit.record(actor, AuditAction.CORRECTION_DRAFTED, letter.id(), "起草更正函：更正复函 " + original.replyNumber()
                + " 中序号 " + correction.results().stream().map(r -> r.serial() + (r.isListed() ? "（系失信联合惩戒对象）"
                : "（未发现记录）")).collect(Collectors.joining("、")) + " 的查询结果");
        return new Details(correction, content.rows());
    }

    /** 复核更正函: a reviewer other than its drafter (docs/rules.md#R89). */
    @Transactional
    public Details review(Actor actor, String objectionId) {
        FollowUpLetter correction = correctionOf(objectionId);
        correction.review(actor.username(), clock.instant());
        audit.record(actor, AuditAction.CORRECTION_REVIEWED, correction.letterId(), "复核更正函（更正 "
                + correction.correctsNumber() + "，起草人 " + correction.draftedBy() + "）");
        return details(correction);
    }

    /** 起草不予受理告知 of a refused letter (docs/rules.md#R91). */
    @Transactional
    public Details draftRefusalNotice(Actor actor, String letterId) {
        IncomingLetter letter = inputs.letter(letterId);
        if (letters.findByLetter(letter.id()).stream().anyMatch(f -> f.kind() == ReplyKind.REFUSAL_NOTICE)) {
            throw new DomainException(Kind.CONFLICT, "REFUSAL_NOTICE_EXISTS", "该来函已起草不予受理告知",
                    "the letter has its refusal notice");
        }
        FollowUpLetter notice = FollowUpLetter.refusalNotice(letter, actor.username(), actor.roles(), clock.instant());
        ReplyContent content = content(notice);
        notice.drafted(store.put(documents.draftPdf(content, notice.kind())), store.put(documents.docx(content, notice.kind())));
        letters.store(notice);
        audit.record(actor, AuditAction.REFUSAL_NOTICE_DRAFTED, letter.id(), "起草不予受理告知：" + content.refusal().orElseThrow());
        return new Details(notice, List.of());
    }

    /**
     * 签发 a 更正函 or 不予受理告知 as a reply is (docs/rules.md#R90): the officer's password again, the next number of the
     * replies' sequence, the seal, the PAdES signature, PDF/A; in one transaction.
     */
    @Transactional(dontRollbackOn = ReplySignOff.PasswordRefused.class)
    public Details signOff(Actor actor, String id, char[] password, String challenge, String secondCode) {
        FollowUpLetter letter = find(id);
        letter.checkSignOff(actor.username());
        steps.confirm(actor, password, challenge, secondCode, letter.letterId());
        SignOffSteps.Signed signed = steps.issue(content(letter), letter.kind());
        letter.signOff(signed.number(), signed.serial(), clock.instant(), actor.username(), signed.sha256(), signed.code());
        boolean correction = letter.kind() == ReplyKind.CORRECTION;
        audit.record(actor, correction ? AuditAction.CORRECTION_SIGNED_OFF : AuditAction.REFUSAL_NOTICE_SIGNED_OFF,
                letter.letterId(), (correction ? "签发更正函 " + signed.number().value() + "（更正 " + letter.correctsNumber()
                        + "）" : "签发不予受理告知 " + signed.number().value()) + "，SHA-256 " + signed.sha256() + "，核验码 "
                        + signed.code());
        return details(letter);
    }

    /** The PDF: the draft (marked 草稿) until signed, then the signed one; a read of personal data, audited. */
    @Transactional
    public byte[] pdf(Actor actor, String id) {
        FollowUpLetter letter = find(id);
        letter.requireInScopeOf(inputs.letter(letter.letterId()).handler(), actor.username(), actor.roles());
        audit.record(actor, AuditAction.FOLLOW_UP_READ, letter.letterId(), "下载" + title(letter) + " PDF "
                + (letter.replyNumber() == null ? "（草稿）" : letter.replyNumber()));
        return store.get(letter.replyNumber() == null ? letter.draftPdfSha256() : letter.signedPdfSha256());
    }

    @Transactional
    public Details get(String id) {
        return details(find(id));
    }

    @Transactional
    public Details correction(String objectionId) {
        return details(correctionOf(objectionId));
    }

    /** A letter's 更正函 and 不予受理告知. */
    @Transactional
    public List<Details> ofLetter(String letterId) {
        return letters.findByLetter(inputs.letter(letterId).id()).stream().map(this::details).toList();
    }

    /**
     * What waits for the caller, as on his 工作台: the 更正函 to review for a reviewer (not his own), what waits for the
     * sign-off for a principal officer who took no step on it.
     */
    @Transactional
    public List<Details> waitingFor(Actor actor) {
        return letters.findUnsigned().stream().filter(f -> f.awaitedStep(actor.username(), actor.roles()).isPresent())
                .map(this::details).toList();
    }

    public static String title(FollowUpLetter letter) {
        return letter.kind() == ReplyKind.CORRECTION ? "更正函" : "不予受理告知";
    }

    private Details details(FollowUpLetter letter) {
        return new Details(letter, letter.kind() == ReplyKind.CORRECTION ? content(letter).rows() : List.of());
    }

    /** The draft content: of a 更正函, the reply corrected with the named candidates' corrected rows only. */
    private ReplyContent content(FollowUpLetter letter) {
        IncomingLetter incoming = inputs.letter(letter.letterId());
        if (letter.kind() == ReplyKind.CORRECTION) {
            ReplyLetter original = inputs.reply(incoming.id(), "REPLY_NOT_SIGNED", "该来函尚无已签发的复函",
                    "the letter has no signed reply");
            ReplyContent signed = inputs.content(incoming).signedOff(DocumentNumber.parse(original.replyNumber()),
                    original.signedAt().atZone(calendar.zone()).toLocalDate());
            Map<Integer, ReplyRow> rows = signed.rows().stream().collect(Collectors.toMap(ReplyRow::serial,
                    Function.identity()));
            return signed.correctedBy(letter.results().stream().map(r -> r.row(rows.get(r.serial()))).toList());
        }
        ExtractionResult request = extractions.find(incoming.id()).map(LetterReading::result).orElse(null);
        String unit = incoming.requestingUnit() != null ? incoming.requestingUnit() : request == null ? null : request.senderUnit();
        if (request == null || unit == null || unit.isBlank() || request.letterDate() == null || request.docNumber() == null) {
            throw new DomainException(Kind.CONFLICT, "REFUSAL_NOTICE_UNADDRESSED", "来函未识别出来函单位、日期或文号，"
                    + "无法出具不予受理告知，请以其他方式告知查询申请单位", "the letter's unit, date or document number was not "
                    + "read: a refusal notice cannot be addressed; tell the requesting unit otherwise");
        }
        Rejection rejection = incoming.rejection().orElseThrow();
        String reason = rejection.reason().needsNote() ? rejection.note()
                : rejection.reason().label() + (rejection.note() == null ? "" : "（" + rejection.note() + "）");
        return ReplyContent.refusing(unit, request.letterDate(), request.docNumber(),
                QueryKind.answeredAs(request.queryKind()), letter.draftedAt().atZone(calendar.zone()).toLocalDate(), reason,
                centre.name(), centre.contact(), centre.phone());
    }

    private FollowUpLetter correctionOf(String objectionId) {
        return letters.findByObjection(objection(objectionId).id()).orElseThrow(() -> new DomainException(Kind.NOT_FOUND,
                "NO_CORRECTION", "该异议尚无更正函", "the objection has no correction"));
    }

    private FollowUpLetter find(String id) {
        return letters.find(id).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "FOLLOW_UP_NOT_FOUND",
                "函件不存在：" + id, "no such letter: " + id));
    }

    private Objection objection(String id) {
        return objections.find(id).orElseThrow(() -> Objection.notFound(id));
    }
}
