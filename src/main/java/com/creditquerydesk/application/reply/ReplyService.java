package com.creditquerydesk.application.reply;

import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.application.calendar.CalendarService;
import com.creditquerydesk.application.intake.LetterQueryService;
import com.creditquerydesk.application.user.AuthService;
import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.domain.model.extraction.ExtractionRepository;
import com.creditquerydesk.domain.model.extraction.ExtractionResult;
import com.creditquerydesk.domain.model.letter.DocumentNumber;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.letter.IncomingLetterRepository;
import com.creditquerydesk.domain.model.reply.HitRecordRef;
import com.creditquerydesk.domain.model.reply.QueryKind;
import com.creditquerydesk.domain.model.reply.ReplyContent;
import com.creditquerydesk.domain.model.reply.ReplyKind;
import com.creditquerydesk.domain.model.reply.ReplyLetter;
import com.creditquerydesk.domain.model.reply.ReplyLetterRepository;
import com.creditquerydesk.domain.model.reply.ReplyRenderer;
import com.creditquerydesk.domain.model.reply.ReplyRow;
import com.creditquerydesk.domain.model.reply.VerificationLink;
import com.creditquerydesk.domain.model.screening.Screening;
import com.creditquerydesk.domain.model.screening.ScreeningRepository;
import com.creditquerydesk.domain.model.screening.ScreeningResult;
import com.creditquerydesk.domain.model.sequence.NumberSequences;
import com.creditquerydesk.domain.shared.BlobStore;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * From screening to the signed reply: the handler drafts it on the template (the result and nothing else,
 * seed 000 (三)); the principal officer returns it or signs it off, which in one transaction numbers it
 * (gap-free), renders the final PDF/A with the seal and signs it; the registry records its dispatch.
 */
@ApplicationScoped
public class ReplyService {

    static final String NO_RECORD = "未发现失信联合惩戒对象记录";
    static final String LISTED = "系失信联合惩戒对象";

    @Inject
    IncomingLetterRepository letters;

    @Inject
    ExtractionRepository extractions;

    @Inject
    ScreeningRepository screenings;

    @Inject
    ReplyLetterRepository replies;

    @Inject
    NumberSequences sequences;

    @Inject
    BlobStore store;

    @Inject
    ReplyRenderer documents;

    @Inject
    CentreSettings centre;

    @Inject
    CalendarService calendar;

    @Inject
    AuthService auth;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    /** What the API shows of a letter's reply, and the public verification record. */
    public record ReplyView(ReplyLetter reply, String requestingUnit) {
    }

    @Transactional
    public ReplyLetter draft(Actor actor, String letterId) {
        IncomingLetter letter = letter(letterId);
        letter.draftReply(actor.username());
        ExtractionResult request = extractions.find(letterId).orElseThrow().result();
        ReplyKind kind = kindFor(request);
        ReplyContent content = content(letter, request, screening(letterId));
        byte[] pdf = documents.draftPdf(content, kind);
        byte[] docx = documents.docx(content, kind);
        ReplyLetter reply = replies.find(letterId).orElseGet(() -> new ReplyLetter(letterId, kind));
        reply.redraft(kind, clock.instant(), actor.username(), store.put(pdf), store.put(docx));
        replies.store(reply);
        audit.record(actor, AuditAction.REPLY_DRAFTED, letterId, "起草复函（" + kind + "），查询对象 " + content.rows().size()
                + " 人，其中失信联合惩戒对象 " + content.hitCount() + " 人");
        return reply;
    }

    /**
     * 签发. The next number of the year is taken under a row lock held to the end of this transaction, so
     * numbers are unique and gap-free even under concurrent sign-offs: if rendering or signing fails, the
     * whole transaction, number included, rolls back and nothing was ever issued under it.
     */
    @Transactional(dontRollbackOn = PasswordRefused.class)
    public ReplyLetter signOff(Actor actor, String letterId, char[] password) {
        IncomingLetter letter = letter(letterId);
        ReplyLetter reply = replies.find(letterId).orElseThrow(() -> new DomainException(Kind.CONFLICT,
                "NO_DRAFT", "尚无复函草稿", "there is no draft reply"));
        letter.checkSignOff();
        if (reply.status() != ReplyLetter.Status.DRAFT) {
            throw new DomainException(Kind.CONFLICT, "REPLY_NOT_AWAITING_SIGN_OFF", "复函当前不在待签发状态",
                    "the reply is not awaiting sign-off");
        }
        if (password == null || !auth.confirmPassword(actor.userId(), password)) {
            audit.record(actor, AuditAction.SIGN_OFF_PASSWORD_WRONG, letterId, "签发时密码确认失败");
            throw new PasswordRefused();
        }
        LocalDate today = calendar.today();
        int serial = sequences.next("REPLY-" + today.getYear());
        DocumentNumber number = new DocumentNumber(centre.issuerCode(), today.getYear(), serial);
        ReplyContent content = content(letter, extractions.find(letterId).orElseThrow().result(), screening(letterId))
                .signedOff(number, today);
        String code = VerificationLink.newCode();
        byte[] signed = documents.signedPdf(content, reply.kind(), code);
        String sha = store.put(signed);
        reply.signOff(number, serial, clock.instant(), actor.username(), sha, code);
        letter.signOff(actor.username());
        audit.record(actor, AuditAction.REPLY_SIGNED_OFF, letterId, "签发复函 " + number.value() + "，SHA-256 " + sha
                + "，核验码 " + code);
        return reply;
    }

    /** The officer sends the draft back to the handler with a comment. */
    @Transactional
    public ReplyLetter returnToHandler(Actor actor, String letterId, String comment) {
        IncomingLetter letter = letter(letterId);
        ReplyLetter reply = replies.find(letterId).orElseThrow(() -> new DomainException(Kind.CONFLICT,
                "NO_DRAFT", "尚无复函草稿", "there is no draft reply"));
        letter.returnDraft(comment, screening(letterId).hasMatches());
        reply.returnToHandler(comment);
        audit.record(actor, AuditAction.REPLY_RETURNED, letterId, "退回经办人修改：" + comment);
        return reply;
    }

    /** 发文登记 by the registry. */
    @Transactional
    public ReplyLetter dispatch(Actor actor, String letterId, LocalDate on, String channel) {
        IncomingLetter letter = letter(letterId);
        ReplyLetter reply = replies.find(letterId).orElseThrow(() -> new DomainException(Kind.CONFLICT,
                "REPLY_NOT_SIGNED", "复函尚未签发", "the reply is not signed off"));
        String ch = channel == null ? "" : channel.strip().toLowerCase();
        if (!ch.equals("paper") && !ch.equals("electronic")) {
            throw new DomainException("CHANNEL_UNKNOWN", "发文渠道应为 paper（纸质）或 electronic（电子）", "channel is paper or electronic");
        }
        LocalDate date = on == null ? calendar.today() : on;
        reply.recordDispatch(date, ch);
        letter.dispatch(actor.username());
        audit.record(actor, AuditAction.REPLY_DISPATCHED, letterId, "发文登记 " + reply.replyNumber() + "，" + date + "，" + ch);
        return reply;
    }

    public Optional<ReplyLetter> find(String letterId) {
        return replies.find(letterId);
    }

    /** The current PDF (the signed one once signed off), as a read of personal data. */
    @Transactional
    public byte[] pdf(Actor actor, String letterId) {
        ReplyLetter reply = requireReply(letterId);
        audit.record(actor, AuditAction.REPLY_READ, letterId, "下载复函 PDF " + (reply.replyNumber() == null ? "（草稿）" : reply.replyNumber()));
        return store.get(reply.status() == ReplyLetter.Status.SIGNED ? reply.signedPdfSha256() : reply.draftPdfSha256());
    }

    @Transactional
    public byte[] docx(Actor actor, String letterId) {
        ReplyLetter reply = requireReply(letterId);
        audit.record(actor, AuditAction.REPLY_READ, letterId, "下载复函 DOCX");
        if (reply.status() == ReplyLetter.Status.DRAFT) {
            return store.get(reply.draftDocxSha256());
        }
        IncomingLetter letter = letter(letterId);
        ReplyContent content = content(letter, extractions.find(letterId).orElseThrow().result(), screening(letterId))
                .signedOff(DocumentNumber.parse(reply.replyNumber()), reply.signedAt().atZone(calendar.zone()).toLocalDate());
        return documents.docx(content, reply.kind());
    }

    /** The public verification record: number, date, requesting unit, SHA-256; never a candidate's data. */
    public Optional<ReplyView> verification(String code) {
        return replies.findByVerificationCode(code == null ? "" : code.strip().toUpperCase())
                .map(r -> new ReplyView(r, letter(r.letterId()).requestingUnit()));
    }

    public byte[] signedBytes(ReplyLetter reply) {
        return store.get(reply.signedPdfSha256());
    }

    private ReplyLetter requireReply(String letterId) {
        return replies.find(letterId).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "NO_REPLY",
                "该来函尚无复函", "the letter has no reply yet"));
    }

    /** Only what a reply may say: the request it answers and, per candidate, the result (seed 000 (三)). */
    private ReplyContent content(IncomingLetter letter, ExtractionResult request, Screening screening) {
        List<ReplyRow> rows = new ArrayList<>();
        for (ScreeningResult r : screening.results()) {
            boolean hit = r.outcome() == ScreeningResult.Outcome.HIT;
            rows.add(new ReplyRow(r.index(), r.name(), IdNumber.parse(r.idNumber()), hit ? LISTED : NO_RECORD,
                    hit ? r.records().stream().map(x -> new HitRecordRef(x.court(), x.caseNumber())).toList() : List.of()));
        }
        LocalDate queryDate = screening.screenedAt().atZone(calendar.zone()).toLocalDate();
        return ReplyContent.draft(letter.requestingUnit(), request.letterDate(), DocumentNumber.parse(request.docNumber()),
                queryKind(request.queryKind()), queryDate, rows, centre.name(), centre.contact(), centre.phone());
    }

    private ReplyKind kindFor(ExtractionResult request) {
        if ("public-institution".equals(request.queryKind())) {
            return ReplyKind.PUBLIC_INSTITUTION;
        }
        return centre.replyKind();
    }

    private static QueryKind queryKind(String kind) {
        return switch (kind == null ? "" : kind) {
            case "public-institution" -> QueryKind.PUBLIC_INSTITUTION_RECRUITMENT;
            case "other" -> QueryKind.OTHER;
            default -> QueryKind.CIVIL_SERVICE_RECRUITMENT_AND_TRANSFER;
        };
    }

    private Screening screening(String letterId) {
        return screenings.find(letterId).orElseThrow(() -> new DomainException(Kind.CONFLICT, "NOT_SCREENED",
                "该来函尚未查询", "the letter has not been screened"));
    }

    private IncomingLetter letter(String letterId) {
        return letters.find(letterId).orElseThrow(() -> LetterQueryService.notFound(letterId));
    }

    /** A wrong password at sign-off: audited, and the transaction still commits that record. */
    public static class PasswordRefused extends DomainException {
        PasswordRefused() {
            super(Kind.INVALID, "SIGN_OFF_PASSWORD_WRONG", "密码错误，未签发", "wrong password; nothing was signed");
        }
    }

}
