package com.creditquerydesk.domain.model.letter;

import com.creditquerydesk.domain.model.calendar.WorkingDayCalendar;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A request letter received from a requesting unit (来函), from registration to dispatch of the reply. */
@Entity
@Table(name = "incoming_letter")
public class IncomingLetter {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "receipt_year", nullable = false)
    private int receiptYear;

    @Column(name = "receipt_serial", nullable = false)
    private int receiptSerial;

    @Column(name = "receipt_number", nullable = false, unique = true, length = 20)
    private String receiptNumber;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Channel channel;

    @Column(length = 1000)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LetterStatus status;

    @Column(name = "status_reason", length = 1000)
    private String statusReason;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "received_by", nullable = false, length = 40)
    private String receivedBy;

    /** The due date before the first extension (3 working days, docs/rules.md#R5); null while never extended. */
    @Column(name = "original_due_date")
    private LocalDate originalDueDate;

    /** The latest extension (docs/rules.md#R63); the earlier ones are in the trail. */
    @Embedded
    private Extension extension;

    @Embedded
    private Rejection rejection;

    @Embedded
    private Voiding voiding;

    @Embedded
    private StoredFile original;

    /**
     * The files that came with the letter in the same registration (its 附件: the candidate list as a spreadsheet,
     * a scanned list), in the order sent; each kept and hashed like the original (docs/rules.md#R38).
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "letter_attachment", joinColumns = @JoinColumn(name = "letter_id"))
    @OrderColumn(name = "position")
    private List<StoredFile> attachments = new ArrayList<>();

    /** Filled from the extraction, kept in clear for lists and filters (it names a unit, not a person). */
    @Column(name = "requesting_unit", length = 200)
    private String requestingUnit;

    @Column(name = "doc_number", length = 100)
    private String docNumber;

    /** What the confirmed reading asks the check for, as the reply answers it; kept in clear for the statistics. */
    @Enumerated(EnumType.STRING)
    @Column(name = "query_kind", length = 20)
    private QueryKind queryKind;

    @Column(name = "pages_done", nullable = false)
    private int pagesDone;

    @Column(name = "verified_by", length = 40)
    private String verifiedBy;

    @Column(name = "handler", length = 40)
    private String handler;

    // Who did each step (docs/rules.md#R11 separates them); verifiedBy above is who confirmed.
    @Column(name = "corrected_by", length = 40)
    private String correctedBy;

    @Column(name = "screened_by", length = 40)
    private String screenedBy;

    @Column(name = "reviewed_by", length = 40)
    private String reviewedBy;

    @Column(name = "drafted_by", length = 40)
    private String draftedBy;

    @Column(name = "signed_by", length = 40)
    private String signedBy;

    @Column(name = "dispatched_by", length = 40)
    private String dispatchedBy;

    @Version
    private long version;

    protected IncomingLetter() {
    }

    public IncomingLetter(ReceiptNumber receiptNumber, Channel channel, String note, Instant receivedAt,
                          LocalDate dueDate, String receivedBy, StoredFile original) {
        this(receiptNumber, channel, note, receivedAt, dueDate, receivedBy, original, List.of());
    }

    /** A letter received with attachments: at most {@link #MAX_ATTACHMENTS}, none the same file as another. */
    public IncomingLetter(ReceiptNumber receiptNumber, Channel channel, String note, Instant receivedAt,
                          LocalDate dueDate, String receivedBy, StoredFile original, List<StoredFile> attachments) {
        if (attachments.size() > MAX_ATTACHMENTS) {
            throw tooManyAttachments();
        }
        Set<String> hashes = new HashSet<>();
        hashes.add(original.sha256());
        for (StoredFile a : attachments) {
            if (!hashes.add(a.sha256())) {
                throw new DomainException("FILE_REPEATED", "同一文件在本次登记中上传了两次：" + a.fileName(),
                        "the same file was sent twice in this registration: " + a.fileName());
            }
        }
        this.attachments = new ArrayList<>(attachments);
        if (note != null && note.length() > 1000) {
            throw new DomainException("NOTE_TOO_LONG", "备注不能超过1000字", "the note has at most 1000 characters");
        }
        this.id = UUID.randomUUID().toString();
        this.receiptYear = receiptNumber.year();
        this.receiptSerial = receiptNumber.serial();
        this.receiptNumber = receiptNumber.value();
        this.channel = channel;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.receivedAt = receivedAt;
        this.dueDate = dueDate;
        this.receivedBy = receivedBy;
        this.original = original;
        this.status = LetterStatus.RECEIVED;
    }

    /**
     * A further file for the letter (an attachment that came later, a list scanned separately), added before the
     * letter is confirmed: the letter is then read again from all its files, and the clerk checks what was read
     * anew (docs/rules.md#R61). While it is being read, wait until the reading ends; once confirmed, the files are
     * what the handler screens and the reply answers, and stay as they are.
     */
    public void addFile(StoredFile file) {
        checkFileAddable();
        if (attachments.size() >= MAX_ATTACHMENTS) {
            throw tooManyAttachments();
        }
        if (file.sha256().equals(original.sha256())
                || attachments.stream().anyMatch(a -> a.sha256().equals(file.sha256()))) {
            throw new DomainException("FILE_REPEATED", "该文件已是本函的文件：" + file.fileName(),
                    "this file is already one of the letter's: " + file.fileName());
        }
        attachments.add(file);
        this.pagesDone = 0;
        moveTo(LetterStatus.RECEIVED, status == LetterStatus.RECEIVED ? null : "已添加文件，重新识别");
    }

    /** Refuses a further file unless the letter awaits reading or confirmation (docs/rules.md#R61). */
    public void checkFileAddable() {
        if (status == LetterStatus.EXTRACTING) {
            throw new DomainException(Kind.CONFLICT, "FILE_NOT_ADDABLE", "来函正在识别，请识别完成后再添加文件",
                    "the letter is being read; add the file once the reading has ended");
        }
        if (!EnumSet.of(LetterStatus.RECEIVED, LetterStatus.EXTRACTED, LetterStatus.FAILED).contains(status)) {
            throw new DomainException(Kind.CONFLICT, "FILE_NOT_ADDABLE",
                    "来函已校对确认（当前状态 " + status + "），不能再添加文件",
                    "the letter is confirmed (status " + status + "); no file can be added any more");
        }
    }

    /** Files besides the letter in one registration: a list or two, never a mailbox's worth. */
    public static final int MAX_ATTACHMENTS = 10;

    /** The refusal of an attachment beyond {@link #MAX_ATTACHMENTS}. */
    public static DomainException tooManyAttachments() {
        return new DomainException(Kind.TOO_LARGE, "TOO_MANY_ATTACHMENTS",
                "一封来函最多附 " + MAX_ATTACHMENTS + " 个文件", "a letter has at most " + MAX_ATTACHMENTS + " attachments");
    }

    /** The columns' sizes (V1__foundation.sql). */
    static final int MAX_REQUESTING_UNIT = 200;
    static final int MAX_DOC_NUMBER = 100;

    // The letter's path (docs/domain.md#the-letters-path): each step below is one public method that checks
    // the statuses it starts from and, where a handler works, that the actor is the letter's handler.

    /**
     * The server starts reading the letter, or reads it again after a restart cut a reading off.
     *
     * @return whether this resumes a reading a restart interrupted
     */
    public boolean startReading() {
        boolean resumed = status == LetterStatus.EXTRACTING;
        require(EnumSet.of(LetterStatus.RECEIVED, LetterStatus.EXTRACTING), "startReading");
        moveTo(LetterStatus.EXTRACTING, null);
        this.pagesDone = 0;
        return resumed;
    }

    /** The reading is done: every page read, the sender and number known for lists and filters. */
    public void finishReading(String requestingUnit, DocumentNumber docNumber) {
        require(EnumSet.of(LetterStatus.EXTRACTING), "finishReading");
        identifyRequest(requestingUnit, docNumber);
        this.pagesDone = pages();
        moveTo(LetterStatus.EXTRACTED, null);
    }

    /** The reading failed; a clerk enters the data by hand, or has it read again. */
    public void failReading(String reason) {
        require(EnumSet.of(LetterStatus.RECEIVED, LetterStatus.EXTRACTING), "failReading");
        moveTo(LetterStatus.FAILED, reason);
    }

    /** A reading that FAILED is tried again: the letter waits to be read as if just received. */
    public void retryReading() {
        if (status != LetterStatus.FAILED) {
            throw new DomainException(Kind.CONFLICT, "RETRY_NOT_FAILED",
                    "只有识别失败的来函可以重新识别（当前状态 " + status + "）",
                    "only a letter whose reading failed can be read again (status " + status + ")");
        }
        moveTo(LetterStatus.RECEIVED, null);
        this.pagesDone = 0;
    }

    /**
     * The correction clerk saves what was read, corrected or entered by hand. A letter already confirmed goes
     * back to be confirmed again, by the clerk who confirmed it (or its handler): anyone else would see again the
     * personal data his duty no longer covers (docs/rules.md#R21). One whose reading failed is now entered by hand.
     */
    public void correct(String clerk, Set<Role> roles, String requestingUnit, DocumentNumber docNumber) {
        if (!EnumSet.of(LetterStatus.EXTRACTED, LetterStatus.FAILED, LetterStatus.VERIFIED).contains(status)) {
            throw new DomainException(Kind.CONFLICT, "LETTER_NOT_CORRECTABLE",
                    "来函当前状态为 " + status + "，不能再修改识别结果",
                    "the letter is " + status + "; what was read can no longer be changed");
        }
        requirePersonalDataInScopeOf(clerk, roles);
        identifyRequest(requestingUnit, docNumber);
        this.correctedBy = clerk;
        if (status != LetterStatus.EXTRACTED) {
            moveTo(LetterStatus.EXTRACTED, status == LetterStatus.FAILED ? "人工录入" : "校对修改后待重新确认");
        }
    }

    /**
     * The correction clerk confirms what was read; the letter goes to the handler drawn for it, or stays with
     * the one it already has (docs/rules.md#R9).
     */
    public void confirm(String clerk, String drawnHandler) {
        if (status != LetterStatus.EXTRACTED) {
            throw new DomainException(Kind.CONFLICT, "LETTER_NOT_EXTRACTED",
                    "只有已识别（EXTRACTED）的来函可以确认，当前为 " + status,
                    "only an EXTRACTED letter can be confirmed; this one is " + status);
        }
        moveTo(LetterStatus.VERIFIED, null);
        this.verifiedBy = clerk;
        if (this.handler == null) {
            this.handler = drawnHandler;
        }
    }

    /**
     * Keeps what the confirmed reading asks the check for, as the reply answers it (civil service when it was not read),
     * in clear for the statistics (docs/rules.md#R74); only once confirmed.
     */
    public void recordQueryKind(QueryKind read) {
        require(EnumSet.of(LetterStatus.VERIFIED), "recordQueryKind");
        this.queryKind = QueryKind.answeredAs(read);
    }

    /** The handler has screened every candidate; any hit waits for its second review (docs/rules.md#R7). */
    public void recordScreening(String handler, boolean anyHit) {
        checkScreening(handler);
        this.screenedBy = handler;
        if (anyHit) {
            moveTo(LetterStatus.IN_REVIEW, "命中结果待二次复核");
        } else {
            moveTo(LetterStatus.SCREENED, null);
        }
    }

    /**
     * Refuses a screening unless the letter is confirmed, {@code handler} is its handler and he neither corrected
     * nor confirmed its list (docs/rules.md#R45).
     */
    public void checkScreening(String handler) {
        if (status != LetterStatus.VERIFIED) {
            throw new DomainException(Kind.CONFLICT, "LETTER_NOT_VERIFIED",
                    "只有已校对确认（VERIFIED）的来函可以查询，当前为 " + status,
                    "only a VERIFIED letter can be screened; this one is " + status);
        }
        screeningRefusal(handler).ifPresent(IncomingLetter::refuse);
    }

    private Optional<DomainException> screeningRefusal(String handler) {
        return handlerRefusal(handler).or(() -> anotherHand(handler, "SCREENER_NOT_INDEPENDENT", "查询", "screen",
                new Hand("校对", "corrected", correctedBy), new Hand("确认", "confirmed", verifiedBy)));
    }

    /**
     * Refuses a review of a hit unless the letter's hits await their review and the reviewer took no earlier step
     * on this letter nor handles it now (docs/rules.md#R8): a hit needs a second person.
     */
    public void checkHitReview(String reviewer) {
        if (status != LetterStatus.IN_REVIEW) {
            throw new DomainException(Kind.CONFLICT, "LETTER_NOT_IN_REVIEW", "来函当前不在复核环节（" + status + "）",
                    "the letter is not awaiting review (" + status + ")");
        }
        hitReviewRefusal(reviewer).ifPresent(IncomingLetter::refuse);
    }

    private Optional<DomainException> hitReviewRefusal(String reviewer) {
        return anotherHand(reviewer, "REVIEWER_NOT_INDEPENDENT", "复核其命中结果", "review its hits", handsBeforeReview());
    }

    private Hand[] handsBeforeReview() {
        return new Hand[]{new Hand("校对", "corrected", correctedBy), new Hand("确认", "confirmed", verifiedBy),
                new Hand("查询", "screened", screenedBy), new Hand("经办", "handle", handler)};
    }

    /** The last hit has had its second review. */
    public void completeReview(String reviewer) {
        checkHitReview(reviewer);
        this.reviewedBy = reviewer;
        moveTo(LetterStatus.REVIEWED, null);
    }

    /** The handler drafts (or redrafts) the reply; never while a hit awaits its second review. */
    public void draftReply(String handler) {
        if (!EnumSet.of(LetterStatus.SCREENED, LetterStatus.REVIEWED, LetterStatus.DRAFTED).contains(status)) {
            boolean inReview = status == LetterStatus.IN_REVIEW;
            throw new DomainException(Kind.CONFLICT, "LETTER_NOT_READY_FOR_REPLY",
                    inReview ? "仍有命中结果未经二次复核，不能起草复函" : "来函当前状态为 " + status + "，不能起草复函",
                    inReview ? "hits await their second review; no reply can be drafted yet"
                            : "a reply cannot be drafted while the letter is " + status);
        }
        handlerRefusal(handler).ifPresent(IncomingLetter::refuse);
        this.draftedBy = handler;
        moveTo(LetterStatus.DRAFTED, null);
    }

    /**
     * The principal officer sends the draft back to the handler, to the step before drafting. Judging a draft is the
     * sign-off's step, so the same officers may take it (docs/rules.md#R19).
     */
    public void returnDraft(String officer, String comment, boolean reviewed, Collection<String> hitReviewers) {
        checkSignOff();
        signOffRefusal(officer, hitReviewers, "退回其复函", "return its reply").ifPresent(IncomingLetter::refuse);
        moveTo(reviewed ? LetterStatus.REVIEWED : LetterStatus.SCREENED, "签发人退回：" + comment);
    }

    /** Refuses a sign-off (or a return) unless a draft awaits it. */
    public void checkSignOff() {
        if (status != LetterStatus.DRAFTED) {
            throw new DomainException(Kind.CONFLICT, "REPLY_NOT_AWAITING_SIGN_OFF", "复函当前不在待签发状态",
                    "the reply is not awaiting sign-off");
        }
    }

    /**
     * Refuses a sign-off unless a draft awaits it and the officer took no earlier step on this letter: neither
     * corrected, confirmed, screened nor drafted it, nor reviewed any of its hits (docs/rules.md#R19).
     */
    public void checkSignOff(String officer, Collection<String> hitReviewers) {
        checkSignOff();
        signOffRefusal(officer, hitReviewers, "签发其复函", "sign its reply").ifPresent(IncomingLetter::refuse);
    }

    private Optional<DomainException> signOffRefusal(String officer, Collection<String> hitReviewers, String stepZh,
                                                     String stepEn) {
        return anotherHand(officer, "SIGNER_NOT_INDEPENDENT", stepZh, stepEn,
                new Hand("校对", "corrected", correctedBy), new Hand("确认", "confirmed", verifiedBy),
                new Hand("查询", "screened", screenedBy), new Hand("起草", "drafted", draftedBy),
                new Hand("经办", "handle", handler),
                new Hand("复核", "reviewed a hit of", hitReviewers.contains(officer) ? officer : null));
    }

    /**
     * The steps this letter now awaits that the person's roles give him but that he may not take on this letter,
     * each with the reason (the same checks as the steps themselves), so that a screen can say why a button is
     * missing (docs/rules.md#R45).
     *
     * @param hitReviewers who reviewed the letter's hits (for the sign-off, docs/rules.md#R19)
     */
    public Map<LetterStep, DomainException> refusals(String username, Set<Role> roles, Collection<String> hitReviewers) {
        Map<LetterStep, DomainException> refused = new EnumMap<>(LetterStep.class);
        if (roles.contains(Role.CORRECTION_CLERK) && status == LetterStatus.VERIFIED) {
            personalDataRefusal(username, roles).ifPresent(e -> refused.put(LetterStep.CORRECT, e));
        }
        if (roles.contains(Role.HANDLER) && status == LetterStatus.VERIFIED) {
            screeningRefusal(username).ifPresent(e -> refused.put(LetterStep.SCREEN, e));
        }
        if (roles.contains(Role.REVIEWER) && status == LetterStatus.IN_REVIEW) {
            hitReviewRefusal(username).ifPresent(e -> refused.put(LetterStep.REVIEW, e));
        }
        if (roles.contains(Role.HANDLER)
                && EnumSet.of(LetterStatus.SCREENED, LetterStatus.REVIEWED, LetterStatus.DRAFTED).contains(status)) {
            handlerRefusal(username).ifPresent(e -> refused.put(LetterStep.DRAFT, e));
        }
        if (roles.contains(Role.PRINCIPAL_OFFICER) && status == LetterStatus.DRAFTED) {
            signOffRefusal(username, hitReviewers, "签发其复函", "sign its reply")
                    .ifPresent(e -> refused.put(LetterStep.SIGN_OFF, e));
        }
        return refused;
    }

    /**
     * The step this letter now waits for from this person, if any: the 待办 of his 工作台 (docs/rules.md#R83). A step
     * counts only where he may take it (the same checks as the steps themselves): any correction clerk a reading to
     * check, the letter's handler his screening and his draft, a reviewer who took no earlier step the hits, an
     * officer who took none the sign-off, any registry clerk the dispatch of a signed reply.
     */
    public Optional<LetterStep> awaitedStep(String username, Set<Role> roles, Collection<String> hitReviewers) {
        boolean handles = roles.contains(Role.HANDLER) && username.equals(handler);
        return switch (status) {
            case EXTRACTED, FAILED -> roles.contains(Role.CORRECTION_CLERK) ? Optional.of(LetterStep.CORRECT)
                    : Optional.empty();
            case VERIFIED -> handles && screeningRefusal(username).isEmpty() ? Optional.of(LetterStep.SCREEN)
                    : Optional.empty();
            case IN_REVIEW -> roles.contains(Role.REVIEWER) && hitReviewRefusal(username).isEmpty()
                    ? Optional.of(LetterStep.REVIEW) : Optional.empty();
            case SCREENED, REVIEWED -> handles ? Optional.of(LetterStep.DRAFT) : Optional.empty();
            case DRAFTED -> roles.contains(Role.PRINCIPAL_OFFICER)
                    && signOffRefusal(username, hitReviewers, "签发其复函", "sign its reply").isEmpty()
                    ? Optional.of(LetterStep.SIGN_OFF) : Optional.empty();
            case SIGNED -> roles.contains(Role.REGISTRY_CLERK) ? Optional.of(LetterStep.DISPATCH) : Optional.empty();
            case RECEIVED, EXTRACTING, DISPATCHED, REJECTED, VOIDED -> Optional.empty();
        };
    }

    /** 签发 by the principal officer. */
    public void signOff(String officer, Collection<String> hitReviewers) {
        checkSignOff(officer, hitReviewers);
        this.signedBy = officer;
        moveTo(LetterStatus.SIGNED, null);
    }

    /** 发文登记: the signed reply has left the centre. */
    public void dispatch(String registry) {
        require(EnumSet.of(LetterStatus.SIGNED), "dispatch");
        this.dispatchedBy = registry;
        moveTo(LetterStatus.DISPATCHED, null);
    }

    /**
     * Whether this person's duty on the letter covers its personal data in full (知悉范围, docs/rules.md#R21): a
     * correction clerk until the list is confirmed, the clerk who confirmed it until it is screened, and the
     * handler it is assigned to. Everyone else sees ID numbers masked and neither the original nor its pages.
     */
    public boolean personalDataInScopeOf(String username, Set<Role> roles) {
        if (username.equals(handler) && roles.contains(Role.HANDLER)) {
            return true;
        }
        if (!roles.contains(Role.CORRECTION_CLERK)) {
            return false;
        }
        return EnumSet.of(LetterStatus.RECEIVED, LetterStatus.EXTRACTING, LetterStatus.EXTRACTED, LetterStatus.FAILED)
                .contains(status) || status == LetterStatus.VERIFIED && username.equals(verifiedBy);
    }

    /**
     * Refuses the original, its pages and corrections of what was read from it to anyone whose duty does not cover
     * its personal data (docs/rules.md#R21): a clerk who did not confirm a confirmed list cannot take it back.
     */
    public void requirePersonalDataInScopeOf(String username, Set<Role> roles) {
        personalDataRefusal(username, roles).ifPresent(IncomingLetter::refuse);
    }

    /**
     * The page images as {@link #requirePersonalDataInScopeOf}, and besides to an independent reviewer while a possible
     * hit awaits him: he compares the name on the page with the register's (docs/rules.md#R58).
     */
    public void requirePagesInScopeOf(String username, Set<Role> roles, boolean possibleHitAwaitsReview) {
        if (!(possibleHitAwaitsReview && hitsInScopeOf(username, roles))) {
            requirePersonalDataInScopeOf(username, roles);
        }
    }

    private Optional<DomainException> personalDataRefusal(String username, Set<Role> roles) {
        return personalDataInScopeOf(username, roles) ? Optional.empty()
                : Optional.of(new DomainException(Kind.FORBIDDEN, "PERSONAL_DATA_OUT_OF_SCOPE",
                "来函原件、页面图像和识别结果含有个人信息，只提供给确认前的校对员、确认它的校对员（查询前）和本函的经办人",
                "the original, its pages and what was read hold personal data: only correction clerks before the list "
                        + "is confirmed, the clerk who confirmed it until it is screened, and the letter's handler"));
    }

    /**
     * Refuses the reply's PDF and DOCX, which name every candidate with his ID in full (docs/rules.md#R21), to all
     * but the letter's handler, who drafts it, a principal officer, who signs it, and, once it is signed, the
     * registry, who sends it.
     */
    public void requireReplyInScopeOf(String username, Set<Role> roles) {
        boolean inScope = username.equals(handler) && roles.contains(Role.HANDLER) || roles.contains(Role.PRINCIPAL_OFFICER)
                || roles.contains(Role.REGISTRY_CLERK) && EnumSet.of(LetterStatus.SIGNED, LetterStatus.DISPATCHED).contains(status);
        if (!inScope) {
            throw new DomainException(Kind.FORBIDDEN, "PERSONAL_DATA_OUT_OF_SCOPE",
                    "复函列有查询对象的身份证号码，只提供给本函的经办人、主要负责人和（签发后）收发员",
                    "the reply lists the candidates' ID numbers: only the letter's handler, the principal officer and, "
                            + "once it is signed, the registry may have it");
        }
    }

    /**
     * Whether this person may see the hits in full as their second reviewer (docs/rules.md#R21): a reviewer who
     * took no earlier step on the letter, while its hits await review. The candidates with no record stay masked.
     */
    public boolean hitsInScopeOf(String username, Set<Role> roles) {
        return roles.contains(Role.REVIEWER) && status == LetterStatus.IN_REVIEW
                && Arrays.stream(handsBeforeReview()).noneMatch(h -> username.equals(h.who()));
    }

    /**
     * 延期 by the letter's handler (who records the extension), before its due date has passed (docs/rules.md#R63):
     * the reply is then due on
     * {@code newDueDate}, a later working day at most {@link Extension#LIMIT_WORKING_DAYS} working days after the
     * first due date, and the contact with the requesting unit it records came after the letter was received.
     */
    public void extendDueDate(LocalDate newDueDate, Extension extension, LocalDate today, WorkingDayCalendar calendar) {
        if (status.isClosed() || this.handler == null) {
            throw new DomainException(Kind.CONFLICT, "LETTER_NOT_EXTENDABLE", status.isClosed()
                    ? "来函已办结（" + status + "），不能延期" : "来函尚未分派经办人，由经办人办理延期",
                    status.isClosed() ? "the letter is closed (" + status + "); it cannot be extended"
                            : "the letter has no handler yet; its handler extends it");
        }
        handlerRefusal(extension.extendedBy()).ifPresent(IncomingLetter::refuse);
        if (today.isAfter(dueDate)) {
            throw new DomainException(Kind.CONFLICT, "EXTENSION_TOO_LATE", "办理期限 " + dueDate
                    + " 已过，不能再延期：延期须在期限届满前与查询申请单位沟通后办理", "the due date " + dueDate
                    + " has passed; an extension is recorded before it passes, after contacting the requesting unit");
        }
        // A form gives the contact to the minute: a call in the minute the letter came is after it.
        if (extension.contactedAt().isBefore(receivedAt.truncatedTo(ChronoUnit.MINUTES))) {
            throw new DomainException("CONTACT_BEFORE_RECEIPT", "沟通时间早于收文时间，请核对",
                    "the contact is earlier than the letter's receipt; check it");
        }
        LocalDate first = originalDueDate == null ? dueDate : originalDueDate;
        Extension.checkNewDueDate(newDueDate, dueDate, first, today, calendar);
        this.originalDueDate = first;
        this.dueDate = newDueDate;
        this.extension = extension;
    }

    /**
     * 退回 / 不予受理 (docs/rules.md#R64) by a registry clerk, or by the letter's handler once it has one (who rejects is
     * the rejection's, his roles {@code roles}): the letter keeps
     * its receipt number and leaves every queue; not while it is being read, nor once its reply is signed.
     */
    public void reject(Set<Role> roles, Rejection rejection) {
        if (status == LetterStatus.EXTRACTING || status.isClosed()) {
            throw new DomainException(Kind.CONFLICT, "LETTER_NOT_REJECTABLE", status == LetterStatus.EXTRACTING
                    ? "来函正在识别，请识别完成后再办理" : "来函已办结（" + status + "），不能不予受理",
                    status == LetterStatus.EXTRACTING ? "the letter is being read; try again once the reading has ended"
                            : "the letter is closed (" + status + "); it can no longer be rejected");
        }
        if (!roles.contains(Role.REGISTRY_CLERK) && !(roles.contains(Role.HANDLER) && rejection.rejectedBy().equals(handler))) {
            throw new DomainException(Kind.FORBIDDEN, "NOT_YOUR_LETTER", handler == null
                    ? "来函尚未分派经办人：由收发员办理不予受理" : "该函已分配给经办人 " + handler + "，只有该经办人或收发员可以不予受理",
                    handler == null ? "the letter has no handler yet: the registry rejects it"
                            : "the letter is assigned to handler " + handler + "; only that handler or the registry may reject it");
        }
        this.rejection = rejection;
        moveTo(LetterStatus.REJECTED, "不予受理：" + rejection.describe());
    }

    /**
     * 作废 of a letter registered by mistake (docs/rules.md#R65), by an administrator (the endpoint's role): nothing is
     * deleted. Not while it is being read, nor once a reply is signed (that reply has its number).
     */
    public void voidRegistration(Voiding voiding) {
        if (EnumSet.of(LetterStatus.EXTRACTING, LetterStatus.SIGNED, LetterStatus.DISPATCHED, LetterStatus.VOIDED)
                .contains(status)) {
            throw new DomainException(Kind.CONFLICT, "LETTER_NOT_VOIDABLE", status == LetterStatus.EXTRACTING
                    ? "来函正在识别，请识别完成后再作废" : "来函当前状态为 " + status + "，不能作废",
                    status == LetterStatus.EXTRACTING ? "the letter is being read; void it once the reading has ended"
                            : "a letter that is " + status + " cannot be voided");
        }
        this.voiding = voiding;
        moveTo(LetterStatus.VOIDED, "作废：" + voiding.reason());
    }

    /** While the server reads the letter: how many pages are done. */
    public void recordProgress(int pagesDone) {
        this.pagesDone = Math.max(0, Math.min(pagesDone, pages()));
    }

    /** An administrator gives the letter to another handler (the reason is audited by the caller). */
    public void reassign(String newHandler) {
        this.handler = newHandler;
    }

    private void identifyRequest(String requestingUnit, DocumentNumber docNumber) {
        if (requestingUnit != null && requestingUnit.length() > MAX_REQUESTING_UNIT) {
            throw new DomainException("REQUESTING_UNIT_TOO_LONG", "来函单位名称过长（最多 " + MAX_REQUESTING_UNIT + " 个字符）",
                    "the requesting unit's name is too long (at most " + MAX_REQUESTING_UNIT + " characters)");
        }
        if (docNumber != null && docNumber.value().length() > MAX_DOC_NUMBER) {
            throw new DomainException("DOC_NUMBER_TOO_LONG", "来函文号过长（最多 " + MAX_DOC_NUMBER + " 个字符）",
                    "the document number is too long (at most " + MAX_DOC_NUMBER + " characters)");
        }
        this.requestingUnit = requestingUnit;
        this.docNumber = docNumber == null ? null : docNumber.value();
    }

    /** Only the letter's handler works on it once one is assigned (docs/rules.md#R9). */
    private Optional<DomainException> handlerRefusal(String actor) {
        if (handler != null && !handler.equals(actor)) {
            return Optional.of(new DomainException(Kind.FORBIDDEN, "NOT_YOUR_LETTER",
                    "该函已分配给经办人 " + handler + "，只有该经办人可以办理",
                    "the letter is assigned to handler " + handler + "; only that handler may process it"));
        }
        return Optional.empty();
    }

    private static void refuse(DomainException why) {
        throw why;
    }

    /** One earlier step on the letter and who took it. */
    private record Hand(String stepZh, String stepEn, String who) {
    }

    /** Steps one person may not combine on one letter (docs/rules.md#R8, #R19, #R45), checked by who took each. */
    private static Optional<DomainException> anotherHand(String actor, String code, String stepZh, String stepEn,
                                                         Hand... earlier) {
        return Arrays.stream(earlier).filter(h -> actor.equals(h.who())).findFirst()
                .map(h -> new DomainException(Kind.FORBIDDEN, code,
                        "您已" + h.stepZh() + "本函，不能再" + stepZh + "：这两步须由不同的人完成",
                        "you " + h.stepEn() + " this letter and may not also " + stepEn
                                + ": the two steps need two people"));
    }

    private void require(Set<LetterStatus> from, String step) {
        if (!from.contains(status)) {
            throw new DomainException("STATUS_TRANSITION_REFUSED", "来函当前状态为 " + status + "，不能执行此步骤（" + step + "）",
                    "step " + step + " is not possible while the letter is " + status);
        }
    }

    private void moveTo(LetterStatus target, String reason) {
        this.status = target;
        this.statusReason = reason;
    }

    /**
     * Whether the officer sent the letter's draft back and the handler has not drafted it again (退回修改,
     * docs/rules.md#R83): it waits for its draft again, once drafted before.
     */
    public boolean draftReturned() {
        return (status == LetterStatus.SCREENED || status == LetterStatus.REVIEWED) && draftedBy != null;
    }

    public boolean isOverdue(LocalDate today) {
        return !status.isClosed() && today.isAfter(dueDate);
    }

    public String id() {
        return id;
    }

    public ReceiptNumber receiptNumber() {
        return new ReceiptNumber(receiptYear, receiptSerial);
    }

    public Channel channel() {
        return channel;
    }

    public String note() {
        return note;
    }

    public LetterStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** The reply's due date: the extended one after an extension (docs/rules.md#R63). */
    public LocalDate dueDate() {
        return dueDate;
    }

    /** The due date before the first extension, or empty while the letter was never extended. */
    public Optional<LocalDate> originalDueDate() {
        return Optional.ofNullable(originalDueDate);
    }

    public Optional<Extension> extension() {
        return Optional.ofNullable(extension);
    }

    public Optional<Rejection> rejection() {
        return Optional.ofNullable(rejection);
    }

    public Optional<Voiding> voiding() {
        return Optional.ofNullable(voiding);
    }

    public String receivedBy() {
        return receivedBy;
    }

    public StoredFile original() {
        return original;
    }

    public List<StoredFile> attachments() {
        return List.copyOf(attachments);
    }

    /** Pages to read: the letter's and its attachments'. */
    public int pages() {
        return original.pages() + attachments.stream().mapToInt(StoredFile::pages).sum();
    }

    public String requestingUnit() {
        return requestingUnit;
    }

    public String docNumber() {
        return docNumber;
    }

    /** The confirmed reading's kind as answered (civil service when it was not read); empty until confirmed. */
    public Optional<QueryKind> queryKind() {
        return Optional.ofNullable(queryKind);
    }

    public int pagesDone() {
        return pagesDone;
    }

    public String verifiedBy() {
        return verifiedBy;
    }

    public String handler() {
        return handler;
    }

    public String correctedBy() {
        return correctedBy;
    }

    public String screenedBy() {
        return screenedBy;
    }

    /** Who completed the second review (each hit's reviewer is on the screening). */
    public String reviewedBy() {
        return reviewedBy;
    }

    public String draftedBy() {
        return draftedBy;
    }

    public String signedBy() {
        return signedBy;
    }

    public String dispatchedBy() {
        return dispatchedBy;
    }
}
