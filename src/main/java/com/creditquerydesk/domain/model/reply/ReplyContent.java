package com.creditquerydesk.domain.model.reply;

import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.domain.model.extraction.ExtractionResult;
import com.creditquerydesk.domain.model.letter.DocumentNumber;
import com.creditquerydesk.domain.model.letter.QueryKind;
import com.creditquerydesk.domain.model.screening.Screening;
import com.creditquerydesk.domain.model.screening.ScreeningResult;
import com.creditquerydesk.domain.shared.DomainException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a reply letter may contain, and nothing more: the reply may feed back no credit information
 * beyond the query result (docs/rules.md#R3), so templates and the PDF renderer can reach only these fields.
 *
 * <p>Addressee (the requesting unit), the incoming letter's date and number (for 你单位M月D日来函（文号）收悉),
 * the query kind and date, the result rows, the centre's name and contact. A reply to an applicant list
 * (docs/rules.md#R42) lists only the applicants found listed and counts the others in {@code othersWithoutRecord}
 * (0 for a letter's own list, which lists every candidate). A reply without number and
 * sign-off date is a draft; both are set together when the principal officer signs off (docs/rules.md#R4).
 */
public record ReplyContent(
        String addressee,
        LocalDate incomingLetterDate,
        DocumentNumber incomingDocumentNumber,
        QueryKind queryKind,
        LocalDate queryDate,
        List<ReplyRow> rows,
        long othersWithoutRecord,
        String centreName,
        String contactPerson,
        String contactPhone,
        Optional<DocumentNumber> replyNumber,
        Optional<LocalDate> signOffDate,
        Optional<Citation> corrects,
        Optional<String> refusal) {

    /** The signed reply a 更正函 corrects: its number and 成文日期 (docs/rules.md#R89). */
    public record Citation(DocumentNumber number, LocalDate date) {
        public Citation {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(date, "date");
        }
    }

    /** A reply, neither correcting another nor refusing the request. */
    public ReplyContent(String addressee, LocalDate incomingLetterDate, DocumentNumber incomingDocumentNumber,
                        QueryKind queryKind, LocalDate queryDate, List<ReplyRow> rows, long othersWithoutRecord,
                        String centreName, String contactPerson, String contactPhone,
                        Optional<DocumentNumber> replyNumber, Optional<LocalDate> signOffDate) {
        this(addressee, incomingLetterDate, incomingDocumentNumber, queryKind, queryDate, rows, othersWithoutRecord,
                centreName, contactPerson, contactPhone, replyNumber, signOffDate, Optional.empty(), Optional.empty());
    }

    public ReplyContent {
        addressee = required(addressee, "来函单位", "addressee");
        Objects.requireNonNull(incomingLetterDate, "incomingLetterDate");
        Objects.requireNonNull(incomingDocumentNumber, "incomingDocumentNumber");
        Objects.requireNonNull(queryKind, "queryKind");
        Objects.requireNonNull(queryDate, "queryDate");
        centreName = required(centreName, "信用信息中心名称", "centre name");
        contactPerson = required(contactPerson, "联系人", "contact person");
        contactPhone = required(contactPhone, "联系电话", "contact phone");
        if (!contactPhone.matches("[0-9+\\-() ]{5,30}")) {
            throw new DomainException("REPLY_CONTACT_PHONE", "联系电话格式不正确", "the contact phone number is not valid");
        }
        replyNumber = replyNumber == null ? Optional.empty() : replyNumber;
        signOffDate = signOffDate == null ? Optional.empty() : signOffDate;
        if (replyNumber.isPresent() != signOffDate.isPresent()) {
            throw new DomainException("REPLY_SIGN_OFF_INCOMPLETE", "发文字号与签发日期须同时具备（草稿两者皆无）",
                    "a reply has both a number and a sign-off date, or neither (draft)");
        }
        if (queryDate.isBefore(incomingLetterDate)) {
            throw new DomainException("REPLY_QUERY_BEFORE_LETTER", "查询日期不能早于来函日期",
                    "the query date cannot be before the incoming letter's date");
        }
        if (signOffDate.isPresent() && signOffDate.get().isBefore(queryDate)) {
            throw new DomainException("REPLY_SIGN_OFF_BEFORE_QUERY", "签发日期不能早于查询日期",
                    "the sign-off date cannot be before the query date");
        }
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
        if (othersWithoutRecord < 0) {
            throw new IllegalArgumentException("othersWithoutRecord < 0");
        }
        corrects = corrects == null ? Optional.empty() : corrects;
        refusal = refusal == null ? Optional.empty() : refusal.map(String::strip).filter(r -> !r.isEmpty());
        if (corrects.isPresent() && refusal.isPresent()) {
            throw new IllegalArgumentException("a letter either corrects a reply or refuses a request");
        }
        if (refusal.isPresent() && (!rows.isEmpty() || othersWithoutRecord > 0)) {
            // a 不予受理告知 says nothing about any candidate (docs/rules.md#R91)
            throw new DomainException("REFUSAL_WITH_RESULTS", "不予受理告知不含任何查询结果",
                    "a refusal notice gives no query result");
        }
        if (corrects.isPresent() && corrects.get().date().isAfter(signOffDate.orElse(LocalDate.MAX))) {
            throw new DomainException("CORRECTION_BEFORE_ORIGINAL", "更正函的签发日期不能早于原复函",
                    "a correction cannot be signed before the reply it corrects");
        }
        if (rows.isEmpty() && othersWithoutRecord == 0 && refusal.isEmpty()) {
            throw new DomainException("REPLY_NO_ROWS", "查询结果至少包含一名查询对象",
                    "a reply lists at least one candidate");
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).serial() != i + 1) {
                throw new DomainException("REPLY_ROW_SERIAL", "序号应从1起连续编号", "rows are numbered 1, 2, 3 … in order");
            }
        }
    }

    /** A draft: not yet signed off, so it carries neither number nor date. */
    public static ReplyContent draft(String addressee, LocalDate incomingLetterDate, DocumentNumber incomingNumber,
                                     QueryKind queryKind, LocalDate queryDate, List<ReplyRow> rows,
                                     String centreName, String contactPerson, String contactPhone) {
        return new ReplyContent(addressee, incomingLetterDate, incomingNumber, queryKind, queryDate, rows, 0,
                centreName, contactPerson, contactPhone, Optional.empty(), Optional.empty());
    }

    /** A candidate's result when the screening (after review) found a record, and when it found none. */
    public static final String LISTED = "系失信联合惩戒对象";
    public static final String NO_RECORD = "未发现失信联合惩戒对象记录";

    /**
     * The draft answering one request: the request it answers and, per candidate, the screening's result as it
     * stands after the second review, with the court and 案号 of each record of a hit (docs/rules.md#R3): a confirmed
     * possible hit reads 系失信联合惩戒对象 like any hit, an overturned one 未发现 (docs/rules.md#R57).
     *
     * @param queryDate the day the screening was made, in the centre's zone
     */
    public static ReplyContent answering(String requestingUnit, ExtractionResult request, Screening screening,
                                         LocalDate queryDate, String centreName, String contactPerson,
                                         String contactPhone) {
        if (screening.awaitsReview()) {
            // a possible hit not yet reviewed would read 未发现 here: the worst error of all (docs/rules.md#R57)
            throw new DomainException(DomainException.Kind.CONFLICT, "REVIEW_PENDING",
                    "仍有命中或疑似命中结果未经二次复核，不能起草复函", "hits or possible hits await their second review");
        }
        List<ReplyRow> rows = new ArrayList<>();
        for (ScreeningResult r : screening.results()) {
            boolean hit = r.outcome() == ScreeningResult.Outcome.HIT;
            rows.add(new ReplyRow(r.index(), r.name(), IdNumber.parse(r.idNumber()), hit ? LISTED : NO_RECORD, refs(r)));
        }
        return draft(requestingUnit, request.letterDate(), request.docNumber(),
                QueryKind.answeredAs(request.queryKind()), queryDate, rows, centreName, contactPerson, contactPhone);
    }

    /**
     * The draft answering an applicant list (docs/rules.md#R42): the applicants whose hit stands after review, in row
     * order and numbered from 1, and the count of the others screened with no record.
     *
     * @param listed the list's hits whose outcome is HIT
     */
    public static ReplyContent answeringList(String requestingUnit, ExtractionResult request, Iterable<ScreeningResult> listed,
                                             long othersWithoutRecord, LocalDate queryDate, String centreName,
                                             String contactPerson, String contactPhone) {
        List<ReplyRow> rows = new ArrayList<>();
        for (ScreeningResult r : listed) {
            rows.add(new ReplyRow(rows.size() + 1, r.name(), IdNumber.parse(r.idNumber()), LISTED, refs(r)));
        }
        return new ReplyContent(requestingUnit, request.letterDate(), request.docNumber(),
                QueryKind.answeredAs(request.queryKind()), queryDate, rows, othersWithoutRecord, centreName, contactPerson,
                contactPhone, Optional.empty(), Optional.empty());
    }

    /** The court and 案号 of each record a standing hit rests on, a confirmed possible hit's too (docs/rules.md#R57). */
    private static List<HitRecordRef> refs(ScreeningResult r) {
        return r.listedRecords().stream().map(x -> new HitRecordRef(x.court(), x.caseNumber())).toList();
    }

    /** The same content with the number and date given at sign-off. */
    public ReplyContent signedOff(DocumentNumber number, LocalDate date) {
        return new ReplyContent(addressee, incomingLetterDate, incomingDocumentNumber, queryKind, queryDate, rows,
                othersWithoutRecord, centreName, contactPerson, contactPhone, Optional.of(number), Optional.of(date),
                corrects, refusal);
    }

    /**
     * The draft 更正函 of this signed reply (docs/rules.md#R89): the same request and query, citing this reply's number and
     * date, listing only {@code corrected} (the named candidates with their corrected result), numbered from 1 again.
     */
    public ReplyContent correctedBy(List<ReplyRow> corrected) {
        if (isDraft()) {
            throw new IllegalStateException("only a signed reply is corrected");
        }
        if (corrected.isEmpty()) {
            throw new DomainException("CORRECTION_NO_CANDIDATES", "更正函至少更正一名查询对象",
                    "a correction corrects at least one candidate");
        }
        List<ReplyRow> rows = new ArrayList<>();
        for (ReplyRow r : corrected) {
            rows.add(new ReplyRow(rows.size() + 1, r.name(), r.idNumber(), r.result(), r.records()));
        }
        return new ReplyContent(addressee, incomingLetterDate, incomingDocumentNumber, queryKind, queryDate, rows, 0,
                centreName, contactPerson, contactPhone, Optional.empty(), Optional.empty(),
                Optional.of(new Citation(replyNumber.orElseThrow(), signOffDate.orElseThrow())), Optional.empty());
    }

    /**
     * The draft 不予受理告知 to the requesting unit (docs/rules.md#R91): the request it refuses and why, no candidate.
     *
     * @param on the day the notice is drafted (its 查询日期 field is that day: nothing was queried)
     */
    public static ReplyContent refusing(String requestingUnit, LocalDate incomingLetterDate, DocumentNumber incomingNumber,
                                        QueryKind queryKind, LocalDate on, String reason, String centreName,
                                        String contactPerson, String contactPhone) {
        return new ReplyContent(requestingUnit, incomingLetterDate, incomingNumber, queryKind,
                on.isBefore(incomingLetterDate) ? incomingLetterDate : on, List.of(), 0, centreName, contactPerson,
                contactPhone, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(required(reason, "不予受理理由", "reason")));
    }

    /** The sentence after the attachment's table for the others of a list, if there are any. */
    public Optional<String> othersSentence() {
        return othersWithoutRecord == 0 ? Optional.empty() : Optional.of((rows.isEmpty() ? "名单所列 " : "名单所列其余 ")
                + othersWithoutRecord + " 人均" + NO_RECORD + "。");
    }

    public boolean isDraft() {
        return replyNumber.isEmpty();
    }

    public long hitCount() {
        return rows.stream().filter(ReplyRow::hit).count();
    }

    static String required(String value, String zh, String en) {
        if (value == null || value.isBlank()) {
            throw new DomainException("REPLY_FIELD_MISSING", zh + "不能为空", "the " + en + " is missing");
        }
        return value.strip();
    }
}
