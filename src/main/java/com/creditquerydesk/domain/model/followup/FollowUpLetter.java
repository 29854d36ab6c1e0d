package com.creditquerydesk.domain.model.followup;

import com.creditquerydesk.domain.model.letter.DocumentNumber;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.letter.LetterStatus;
import com.creditquerydesk.domain.model.letter.LetterStep;
import com.creditquerydesk.domain.model.objection.Decision;
import com.creditquerydesk.domain.model.objection.Objection;
import com.creditquerydesk.domain.model.reply.ReplyKind;
import com.creditquerydesk.domain.model.reply.ReplyLetter;
import com.creditquerydesk.domain.model.reply.ReplyRow;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A letter the centre issues after a reply, in the replies' own gap-free number sequence (docs/rules.md#R90): the
 * 更正函 correcting a signed reply after an objection decided 更正 (R89), or the 不予受理告知 of a refused request (R91).
 * Drafted, then, for a 更正函, confirmed by a reviewer other than its drafter (four eyes, as for hits), then signed off by
 * the principal officer, who took neither step; once signed it never changes. The reply it corrects never changes either.
 */
@Entity
@Table(name = "follow_up_letter")
public class FollowUpLetter {

    @Id
    @Column(length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReplyKind kind;

    @Column(name = "letter_id", nullable = false, length = 36)
    private String letterId;

    @Column(name = "objection_id", length = 36, unique = true)
    private String objectionId;

    /** The number of the reply a 更正函 corrects. */
    @Column(name = "corrects_number", length = 60)
    private String correctsNumber;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "follow_up_result", joinColumns = @JoinColumn(name = "follow_up_id"))
    @OrderColumn(name = "position")
    private List<CorrectedResult> results = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FollowUpStatus status;

    @Column(name = "drafted_by", nullable = false, length = 40)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(name = "draft_pdf_sha256", length = 64)
    private String draftPdfSha256;

    @Column(name = "draft_docx_sha256", length = 64)
    private String draftDocxSha256;

    @Column(name = "reviewed_by", length = 40)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reply_year")
    private Integer replyYear;

    @Column(name = "reply_serial")
    private Integer replySerial;

    @Column(name = "reply_number", length = 60, unique = true)
    private String replyNumber;

    @Column(name = "signed_by", length = 40)
    private String signedBy;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "signed_pdf_sha256", length = 64)
    private String signedPdfSha256;

    @Column(name = "verification_code", length = 32, unique = true)
    private String verificationCode;

    @Version
    private long version;

    protected FollowUpLetter() {
    }

    private FollowUpLetter(ReplyKind kind, String letterId, String by, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.kind = kind;
        this.letterId = letterId;
        this.status = FollowUpStatus.DRAFTED;
        this.draftedBy = by;
        this.draftedAt = at;
    }

    /**
     * The 更正函 of an objection decided 更正 (docs/rules.md#R89), drafted by whoever records the objection's steps: one
     * corrected result for each candidate the objection names, and none for any other; each must say something else than
     * the reply corrected said of him. Without results, each named candidate the reply listed is corrected to 未发现记录;
     * one it found without a record needs his record given.
     *
     * @param originalRows the rows of the signed reply corrected
     */
    public static FollowUpLetter correction(Objection objection, ReplyLetter original, List<ReplyRow> originalRows,
                                            List<CorrectedResult> results, String letterHandler, String by,
                                            Collection<Role> roles, Instant at) {
        Objection.requireRecorder(letterHandler, by, roles);
        if (objection.decision().filter(d -> d == Decision.CORRECT).isEmpty()) {
            throw new DomainException(Kind.CONFLICT, "OBJECTION_NOT_CORRECTED", "该异议的处理结果不是“更正”"
                    + objection.decision().map(d -> "（" + d.label() + "）").orElse("（尚未登记处理结果）") + "，不能出具更正函",
                    "the objection was not decided CORRECT; there is nothing to correct");
        }
        if (original.status() != ReplyLetter.Status.SIGNED || !original.letterId().equals(objection.letterId())) {
            throw new IllegalArgumentException("the objection's signed reply is the one corrected");
        }
        Map<Integer, ReplyRow> rows = originalRows.stream().collect(Collectors.toMap(ReplyRow::serial, Function.identity()));
        Map<Integer, CorrectedResult> given = new TreeMap<>();
        List<CorrectedResult> chosen = results == null || results.isEmpty()
                ? objection.candidates().stream().map(serial -> unlisted(rows.get(serial))).toList() : results;
        for (CorrectedResult r : chosen) {
            if (given.put(r.serial(), r) != null) {
                throw new DomainException("CORRECTION_CANDIDATE_TWICE", "序号 " + r.serial() + " 的更正结果给了两次",
                        "candidate " + r.serial() + " is corrected twice");
            }
        }
        Set<Integer> named = Set.copyOf(objection.candidates());
        if (!given.keySet().equals(named)) {
            throw new DomainException("CORRECTION_CANDIDATES", "更正函只更正异议所涉的查询对象，每人一项：序号 "
                    + join(named) + "（收到 " + join(given.keySet()) + "）", "a correction gives one result for each candidate"
                    + " the objection names, and no other: " + join(named) + " (got " + join(given.keySet()) + ")");
        }
        for (CorrectedResult r : given.values()) {
            if (r.sameAs(rows.get(r.serial()))) {
                throw new DomainException("CORRECTION_UNCHANGED", "序号 " + r.serial() + " 的更正结果与原复函相同，无需更正",
                        "candidate " + r.serial() + "'s corrected result is what the reply said");
            }
        }
        FollowUpLetter x = new FollowUpLetter(ReplyKind.CORRECTION, objection.letterId(), by, at);
        x.objectionId = objection.id();
        x.correctsNumber = original.replyNumber();
        x.results.addAll(given.values());
        return x;
    }

    /**
     * The 不予受理告知 of a refused letter (docs/rules.md#R91), drafted by a registry clerk or the letter's handler, as
     * the refusal itself.
     */
    public static FollowUpLetter refusalNotice(IncomingLetter letter, String by, Collection<Role> roles, Instant at) {
        if (letter.status() != LetterStatus.REJECTED) {
            throw new DomainException(Kind.CONFLICT, "LETTER_NOT_REFUSED", "来函未被不予受理（当前状态 " + letter.status()
                    + "），不能出具不予受理告知", "the letter was not refused (it is " + letter.status()
                    + "); there is no refusal to notify");
        }
        Objection.requireRecorder(letter.handler(), by, roles);
        return new FollowUpLetter(ReplyKind.REFUSAL_NOTICE, letter.id(), by, at);
    }

    /** The documents of the draft, rendered from what the factory checked. */
    public void drafted(String pdfSha256, String docxSha256) {
        requireUnsigned();
        this.draftPdfSha256 = pdfSha256;
        this.draftDocxSha256 = docxSha256;
    }

    /** Whether a reviewer confirms it before the sign-off: a 更正函 does, as a hit does (docs/rules.md#R89). */
    public boolean needsReview() {
        return kind == ReplyKind.CORRECTION;
    }

    /** 复核: a reviewer other than the drafter confirms the 更正函 (four eyes, docs/rules.md#R89). */
    public void review(String by, Instant at) {
        requireUnsigned();
        if (!needsReview()) {
            throw new DomainException(Kind.CONFLICT, "NO_REVIEW_NEEDED", "不予受理告知无需复核，直接报签发",
                    "a refusal notice goes to the sign-off without a review");
        }
        if (status != FollowUpStatus.DRAFTED) {
            throw new DomainException(Kind.CONFLICT, "CORRECTION_ALREADY_REVIEWED", "更正函已由 " + reviewedBy + " 复核",
                    "the correction was already reviewed by " + reviewedBy);
        }
        if (by.equals(draftedBy)) {
            throw new DomainException(Kind.FORBIDDEN, "REVIEWER_IS_DRAFTER", "起草人不能复核自己起草的更正函（双人复核）",
                    "the drafter cannot review his own correction (four eyes)");
        }
        this.reviewedBy = by;
        this.reviewedAt = at;
        this.status = FollowUpStatus.REVIEWED;
    }

    public boolean awaitsReview() {
        return needsReview() && status == FollowUpStatus.DRAFTED;
    }

    public boolean awaitsSignOff() {
        return status == (needsReview() ? FollowUpStatus.REVIEWED : FollowUpStatus.DRAFTED);
    }

    /**
     * The step it waits for that this person may take, for his 工作台 (docs/rules.md#R83): the review, for a reviewer who
     * did not draft it; the sign-off, for a principal officer who took neither step on it.
     */
    public Optional<LetterStep> awaitedStep(String username, Collection<Role> roles) {
        if (awaitsReview() && roles.contains(Role.REVIEWER) && !username.equals(draftedBy)) {
            return Optional.of(LetterStep.FOLLOW_UP_REVIEW);
        }
        if (awaitsSignOff() && roles.contains(Role.PRINCIPAL_OFFICER) && !username.equals(draftedBy)
                && !username.equals(reviewedBy)) {
            return Optional.of(LetterStep.FOLLOW_UP_SIGN_OFF);
        }
        return Optional.empty();
    }

    /**
     * Refuses a sign-off unless the letter awaits it and the officer took no earlier step on it (docs/rules.md#R90): he
     * neither drafted nor reviewed it.
     */
    public void checkSignOff(String officer) {
        requireUnsigned();
        if (!awaitsSignOff()) {
            throw new DomainException(Kind.CONFLICT, "CORRECTION_NOT_REVIEWED", "更正函尚未复核，不能签发",
                    "the correction has not been reviewed; it cannot be signed off");
        }
        if (officer.equals(draftedBy) || officer.equals(reviewedBy)) {
            throw new DomainException(Kind.FORBIDDEN, "SIGNER_NOT_INDEPENDENT", "签发人不能签发自己起草或复核的函件",
                    "the officer cannot sign off a letter he drafted or reviewed");
        }
    }

    /** 签发: its number (the replies' sequence), the signed PDF/A and its verification code; it never changes again. */
    public void signOff(DocumentNumber number, int serial, Instant at, String by, String signedPdfSha256, String code) {
        checkSignOff(by);
        this.replyYear = number.year();
        this.replySerial = serial;
        this.replyNumber = number.value();
        this.signedAt = at;
        this.signedBy = by;
        this.signedPdfSha256 = signedPdfSha256;
        this.verificationCode = code;
        this.status = FollowUpStatus.SIGNED;
    }

    /**
     * Refuses its PDF (a 更正函 names candidates with their IDs in full, docs/rules.md#R21) to all but the letter's
     * handler, a registry clerk (who drafts a 不予受理告知 and sends either), a principal officer, who signs it, and a
     * reviewer other than its drafter while it awaits his review.
     */
    public void requireInScopeOf(String letterHandler, String username, Collection<Role> roles) {
        boolean inScope = roles.contains(Role.HANDLER) && username.equals(letterHandler)
                || roles.contains(Role.REGISTRY_CLERK) || roles.contains(Role.PRINCIPAL_OFFICER)
                || roles.contains(Role.REVIEWER) && awaitsReview() && !username.equals(draftedBy);
        if (!inScope) {
            throw new DomainException(Kind.FORBIDDEN, "PERSONAL_DATA_OUT_OF_SCOPE",
                    "该函列有查询对象的个人信息，只提供给本函的经办人、收发员、主要负责人和（待复核时）复核人",
                    "the letter names candidates: only the letter's handler, the registry, the principal officer and, while "
                            + "it awaits review, a reviewer other than its drafter may have it");
        }
    }

    private void requireUnsigned() {
        if (status == FollowUpStatus.SIGNED) {
            throw new DomainException(Kind.CONFLICT, "FOLLOW_UP_SIGNED", "该函已签发（" + replyNumber + "），不能再办理",
                    "the letter is signed off (" + replyNumber + ") and immutable");
        }
    }

    /** The default correction of a candidate the reply listed: no record. */
    private static CorrectedResult unlisted(ReplyRow original) {
        if (!original.hit()) {
            throw new DomainException("CORRECTION_RESULT_REQUIRED", "序号 " + original.serial() + " 原查询结果为未发现记录："
                    + "更正为失信联合惩戒对象须写明执行法院和案号", "candidate " + original.serial() + " had no record: "
                    + "correcting him to listed needs the court and case number");
        }
        return CorrectedResult.noRecord(original.serial());
    }

    private static String join(Collection<Integer> serials) {
        return serials.stream().sorted().map(String::valueOf).collect(Collectors.joining("、"));
    }

    public String id() {
        return id;
    }

    public ReplyKind kind() {
        return kind;
    }

    public String letterId() {
        return letterId;
    }

    public String objectionId() {
        return objectionId;
    }

    public String correctsNumber() {
        return correctsNumber;
    }

    public List<CorrectedResult> results() {
        return List.copyOf(results);
    }

    public FollowUpStatus status() {
        return status;
    }

    public String draftedBy() {
        return draftedBy;
    }

    public Instant draftedAt() {
        return draftedAt;
    }

    public String draftPdfSha256() {
        return draftPdfSha256;
    }

    public String draftDocxSha256() {
        return draftDocxSha256;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public String replyNumber() {
        return replyNumber;
    }

    public String signedBy() {
        return signedBy;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public String signedPdfSha256() {
        return signedPdfSha256;
    }

    public String verificationCode() {
        return verificationCode;
    }
}
