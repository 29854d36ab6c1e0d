package com.creditquerydesk.domain.model.reply;

import com.creditquerydesk.domain.model.letter.Channel;
import com.creditquerydesk.domain.model.letter.DocumentNumber;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The centre's reply to one request letter (反馈查询结果的函). A draft may be redrafted; once the principal
 * officer signs it off it has its number and a signed PDF, and never changes again.
 */
@Entity
@Table(name = "reply_letter")
public class ReplyLetter {

    public enum Status { DRAFT, SIGNED }

    @Id
    @Column(name = "letter_id", length = 36)
    private String letterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReplyKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(name = "drafted_by", nullable = false, length = 40)
    private String draftedBy;

    @Column(name = "draft_pdf_sha256", nullable = false, length = 64)
    private String draftPdfSha256;

    @Column(name = "draft_docx_sha256", nullable = false, length = 64)
    private String draftDocxSha256;

    @Column(name = "return_comment", length = 1000)
    private String returnComment;

    @Column(name = "reply_year")
    private Integer replyYear;

    @Column(name = "reply_serial")
    private Integer replySerial;

    @Column(name = "reply_number", length = 60, unique = true)
    private String replyNumber;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "signed_by", length = 40)
    private String signedBy;

    @Column(name = "signed_pdf_sha256", length = 64)
    private String signedPdfSha256;

    @Column(name = "verification_code", length = 32, unique = true)
    private String verificationCode;

    @Column(name = "dispatched_on")
    private LocalDate dispatchedOn;

    @Column(name = "dispatch_channel", length = 20)
    private String dispatchChannel;

    @Version
    private long version;

    protected ReplyLetter() {
    }

    public ReplyLetter(String letterId, ReplyKind kind) {
        this.letterId = letterId;
        this.kind = kind;
        this.status = Status.DRAFT;
    }

    /** A new draft replaces the previous one (e.g. after the officer returned it). */
    public void redraft(ReplyKind kind, Instant at, String by, String pdfSha256, String docxSha256) {
        requireDraft();
        this.kind = kind;
        this.draftedAt = at;
        this.draftedBy = by;
        this.draftPdfSha256 = pdfSha256;
        this.draftDocxSha256 = docxSha256;
        this.returnComment = null;
    }

    public void returnToHandler(String comment) {
        requireDraft();
        if (comment == null || comment.isBlank()) {
            throw new DomainException("RETURN_COMMENT_REQUIRED", "退回须填写意见", "returning a draft needs a comment");
        }
        this.returnComment = comment.strip();
    }

    public void signOff(DocumentNumber number, int serial, Instant at, String by, String signedPdfSha256, String code) {
        requireDraft();
        this.replyYear = number.year();
        this.replySerial = serial;
        this.replyNumber = number.value();
        this.signedAt = at;
        this.signedBy = by;
        this.signedPdfSha256 = signedPdfSha256;
        this.verificationCode = code;
        this.status = Status.SIGNED;
    }

    public void recordDispatch(LocalDate on, Channel channel) {
        if (status != Status.SIGNED) {
            throw new DomainException(Kind.CONFLICT, "REPLY_NOT_SIGNED", "复函尚未签发，不能登记发文",
                    "the reply is not signed off; it cannot be dispatched");
        }
        this.dispatchedOn = on;
        this.dispatchChannel = channel.value();
    }

    private void requireDraft() {
        if (status == Status.SIGNED) {
            throw new DomainException(Kind.CONFLICT, "REPLY_SIGNED", "复函已签发，不能再修改", "the reply is signed off and immutable");
        }
    }

    public String letterId() {
        return letterId;
    }

    public ReplyKind kind() {
        return kind;
    }

    public Status status() {
        return status;
    }

    public Instant draftedAt() {
        return draftedAt;
    }

    public String draftedBy() {
        return draftedBy;
    }

    public String draftPdfSha256() {
        return draftPdfSha256;
    }

    public String draftDocxSha256() {
        return draftDocxSha256;
    }

    public String returnComment() {
        return returnComment;
    }

    public String replyNumber() {
        return replyNumber;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public String signedBy() {
        return signedBy;
    }

    public String signedPdfSha256() {
        return signedPdfSha256;
    }

    public String verificationCode() {
        return verificationCode;
    }

    public LocalDate dispatchedOn() {
        return dispatchedOn;
    }

    public Channel dispatchChannel() {
        return Channel.parse(dispatchChannel);
    }
}
