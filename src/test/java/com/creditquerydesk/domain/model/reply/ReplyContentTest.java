package com.creditquerydesk.domain.model.reply;

import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.domain.model.letter.DocumentNumber;
import com.creditquerydesk.domain.model.extraction.ExtractionResult;
import com.creditquerydesk.domain.model.letter.QueryKind;
import com.creditquerydesk.domain.model.register.NameDifference;
import com.creditquerydesk.domain.model.screening.HitRecord;
import com.creditquerydesk.domain.model.screening.PossibleRecord;
import com.creditquerydesk.domain.model.screening.HitReview;
import com.creditquerydesk.domain.model.screening.Screening;
import com.creditquerydesk.domain.model.screening.ScreeningResult;
import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplyContentTest {

    static final LocalDate LETTER = LocalDate.of(2026, 7, 1);
    static final LocalDate QUERY = LocalDate.of(2026, 7, 3);
    static final DocumentNumber INCOMING = DocumentNumber.parse("陕组函〔2026〕58号");

    static IdNumber id(String first17) {
        return IdNumber.parse(first17 + IdNumber.checkCharacter(first17));
    }

    static ReplyRow clear(int serial, String name) {
        return new ReplyRow(serial, name, id("61010219900315123"), "未发现失信联合惩戒对象记录", List.of());
    }

    static ReplyContent draft(List<ReplyRow> rows) {
        return ReplyContent.draft("中共陕西省委组织部", LETTER, INCOMING, QueryKind.CIVIL_SERVICE, QUERY,
                rows, "陕西省公共信用信息中心", "李敏", "029-63918210");
    }

    static String code(Runnable r) {
        return assertThrows(DomainException.class, r::run).code();
    }

    @Test
    void draftHasNeitherNumberNorDate() {
        ReplyContent c = draft(List.of(clear(1, "张伟")));
        assertTrue(c.isDraft());
        assertEquals(Optional.empty(), c.replyNumber());
        assertEquals(Optional.empty(), c.signOffDate());
        assertEquals(0, c.hitCount());
    }

    @Test
    void signOffSetsNumberAndDateTogether() {
        ReplyContent c = draft(List.of(clear(1, "张伟")))
                .signedOff(DocumentNumber.parse("陕信用函〔2026〕12号"), LocalDate.of(2026, 7, 6));
        assertFalse(c.isDraft());
        assertEquals("陕信用函〔2026〕12号", c.replyNumber().orElseThrow().value());
        assertEquals(LocalDate.of(2026, 7, 6), c.signOffDate().orElseThrow());
    }

    @Test
    void numberWithoutDateOrDateWithoutNumberIsRejected() {
        List<ReplyRow> rows = List.of(clear(1, "张伟"));
        assertEquals("REPLY_SIGN_OFF_INCOMPLETE", code(() -> new ReplyContent("单位", LETTER, INCOMING,
                QueryKind.OTHER, QUERY, rows, 0, "中心", "李敏", "029-1", Optional.of(INCOMING), Optional.empty())));
        assertEquals("REPLY_SIGN_OFF_INCOMPLETE", code(() -> new ReplyContent("单位", LETTER, INCOMING,
                QueryKind.OTHER, QUERY, rows, 0, "中心", "李敏", "02912345", Optional.empty(), Optional.of(QUERY))));
    }

    @Test
    void datesMustFollowEachOther() {
        List<ReplyRow> rows = List.of(clear(1, "张伟"));
        assertEquals("REPLY_QUERY_BEFORE_LETTER", code(() -> ReplyContent.draft("单位", QUERY, INCOMING,
                QueryKind.OTHER, LETTER, rows, "中心", "李敏", "02912345")));
        assertEquals("REPLY_SIGN_OFF_BEFORE_QUERY", code(() -> draft(rows).signedOff(INCOMING, LETTER)));
    }

    @Test
    void rowsAreRequiredNumberedInOrderAndImmutable() {
        assertEquals("REPLY_NO_ROWS", code(() -> draft(List.of())));
        assertEquals("REPLY_ROW_SERIAL", code(() -> draft(List.of(clear(2, "张伟")))));
        assertEquals("REPLY_ROW_SERIAL", code(() -> draft(List.of(clear(1, "张伟"), clear(3, "李娜")))));
        List<ReplyRow> rows = new ArrayList<>(List.of(clear(1, "张伟")));
        ReplyContent c = draft(rows);
        rows.add(clear(2, "李娜"));
        assertEquals(1, c.rows().size(), "a later change to the caller's list does not leak in");
        assertThrows(UnsupportedOperationException.class, () -> c.rows().add(clear(2, "李娜")));
    }

    @Test
    void requiredTextsAndPhoneAreChecked() {
        List<ReplyRow> rows = List.of(clear(1, "张伟"));
        assertEquals("REPLY_FIELD_MISSING", code(() -> ReplyContent.draft(" ", LETTER, INCOMING,
                QueryKind.OTHER, QUERY, rows, "中心", "李敏", "02912345")));
        assertEquals("REPLY_FIELD_MISSING", code(() -> ReplyContent.draft("单位", LETTER, INCOMING,
                QueryKind.OTHER, QUERY, rows, "", "李敏", "02912345")));
        assertEquals("REPLY_CONTACT_PHONE", code(() -> ReplyContent.draft("单位", LETTER, INCOMING,
                QueryKind.OTHER, QUERY, rows, "中心", "李敏", "电话见附件")));
        DomainException e = assertThrows(DomainException.class, () -> ReplyContent.draft("单位", LETTER, INCOMING,
                QueryKind.OTHER, QUERY, rows, "中心", null, "02912345"));
        assertTrue(e.messageZh().contains("联系人"));
        assertTrue(e.messageEn().contains("contact person"));
    }

    @Test
    void rowNamesAreLettersAndMiddleDotsOnly() {
        assertEquals("王垚", clear(1, " 王垚 ").name());
        assertEquals("阿卜杜·热合曼", clear(1, "阿卜杜·热合曼").name());
        assertEquals("REPLY_ROW_NAME", code(() -> clear(1, "张伟1")));
        assertEquals("REPLY_ROW_NAME", code(() -> clear(1, "张伟<br>")));
        assertEquals("REPLY_ROW_NAME", code(() -> clear(1, "张".repeat(31))));
        assertEquals("REPLY_FIELD_MISSING", code(() -> clear(1, "")));
        assertEquals("REPLY_ROW_SERIAL", code(() -> clear(0, "张伟")));
    }

    @Test
    void aHitListsItsRecords() {
        ReplyRow hit = new ReplyRow(1, "王垚", id("61011319880921456"), "失信联合惩戒对象（失信被执行人）",
                List.of(new HitRecordRef("西安市雁塔区人民法院", "（2024）陕0113执1234号")));
        assertTrue(hit.hit());
        assertFalse(clear(1, "张伟").hit());
        assertEquals(1, draft(List.of(hit)).hitCount());
        assertEquals("REPLY_FIELD_MISSING", code(() -> new HitRecordRef("", "（2024）陕0113执1234号")));
        assertEquals("REPLY_RECORD_TOO_LONG", code(() -> new HitRecordRef("法院", "号".repeat(61))));
    }

    @Test
    void signatureRequestNeedsAReason() {
        assertEquals("REPLY_FIELD_MISSING", code(() -> new SignatureRequest(" ", "西安", "")));
        SignatureRequest r = new SignatureRequest("签发", null, null);
        assertEquals("", r.location());
        assertEquals("", r.contact());
    }

    @Test
    void eachReplyKindHasItsOwnTemplate() {
        assertEquals(ReplyKind.values().length,
                java.util.Arrays.stream(ReplyKind.values()).map(ReplyKind::templateFile).distinct().count());
    }

    @Test
    void aCorrectionCitesTheSignedReplyAndListsOnlyItsRowsNumberedAfresh() {
        ReplyContent signed = draft(List.of(clear(1, "张伟"), clear(2, "李娜")))
                .signedOff(DocumentNumber.parse("陕信用函〔2026〕12号"), LocalDate.of(2026, 7, 6));
        assertThrows(IllegalStateException.class, () -> signed.correctedBy(signed.rows()).correctedBy(signed.rows()),
                "a draft is not corrected");
        ReplyRow second = signed.rows().get(signed.rows().size() - 1);
        ReplyContent c = signed.correctedBy(List.of(second));
        assertEquals(Optional.of(new ReplyContent.Citation(signed.replyNumber().orElseThrow(), signed.signOffDate().orElseThrow())),
                c.corrects());
        assertEquals(1, c.rows().size());
        assertEquals(List.of(1, second.name()), List.of(c.rows().get(0).serial(), c.rows().get(0).name()));
        assertTrue(c.isDraft());
        assertEquals("CORRECTION_NO_CANDIDATES", assertThrows(DomainException.class,
                () -> signed.correctedBy(List.of())).code());
        assertEquals("CORRECTION_BEFORE_ORIGINAL", assertThrows(DomainException.class,
                () -> c.signedOff(DocumentNumber.parse("陕信用函〔2026〕99号"), signed.signOffDate().orElseThrow().minusDays(1)))
                .code());
    }

    @Test
    void aRefusalNoticeNamesTheRequestAndTheReasonAndNoCandidate() {
        ReplyContent n = ReplyContent.refusing("中共陕西省委组织部", LocalDate.of(2026, 7, 1),
                DocumentNumber.parse("陕组函〔2026〕58号"), QueryKind.CIVIL_SERVICE, LocalDate.of(2026, 7, 2), " 重复申请 ",
                "陕西省公共信用信息中心", "李明", "029-88886666");
        assertEquals(List.of(Optional.of("重复申请"), List.of()), List.of(n.refusal(), n.rows()));
        assertEquals("REPLY_FIELD_MISSING", assertThrows(DomainException.class, () -> ReplyContent.refusing(
                "中共陕西省委组织部", LocalDate.of(2026, 7, 1), DocumentNumber.parse("陕组函〔2026〕58号"),
                QueryKind.CIVIL_SERVICE, LocalDate.of(2026, 7, 2), " ", "陕西省公共信用信息中心", "李明", "029-88886666"))
                .code());
        assertEquals("REPLY_NO_ROWS", assertThrows(DomainException.class, () -> new ReplyContent("中共陕西省委组织部",
                LocalDate.of(2026, 7, 1), DocumentNumber.parse("陕组函〔2026〕58号"), QueryKind.CIVIL_SERVICE,
                LocalDate.of(2026, 7, 2), List.of(), 0, "陕西省公共信用信息中心", "李明", "029-88886666",
                Optional.empty(), Optional.empty())).code(), "a reply without rows is still refused");
    }

    /** The reply answers from the screening as reviewed: a confirmed hit is listed with its record, an overturned one is not. */
    @Test
    void theReplyAnswersEachCandidateWithTheReviewedResultAndNothingElse() {
        HitRecord record = new HitRecord("罗勇", "4202021976****8087", "西安市中级人民法院", "陕西", "（2024）陕01执123号",
                "（2023）陕01民初1号", "给付", "全部未履行", "有履行能力而拒不履行", LETTER, LETTER, 1);
        String id1 = id("61010219900315123").value();
        String id2 = id("42020219760101808").value();
        String id3 = id("61010219850101123").value();
        Instant reviewed = Instant.parse("2026-07-03T03:00:00Z");
        PossibleRecord near = new PossibleRecord(record, NameDifference.LOOK_ALIKE);
        Screening screening = new Screening("letter", 1, Instant.parse("2026-07-03T02:00:00Z"), "handler", List.of(
                new ScreeningResult(1, "张伟", id1, List.of(), List.of(), null),
                new ScreeningResult(2, "罗勇", id2, List.of(record), List.of(),
                        new HitReview(HitReview.Decision.CONFIRMED, "reviewer", null, reviewed)),
                new ScreeningResult(3, "李娜", id3, List.of(record), List.of(),
                        new HitReview(HitReview.Decision.OVERTURNED, "reviewer", "同名不同人", reviewed)),
                new ScreeningResult(4, "罗男", id2, List.of(), List.of(near),
                        new HitReview(HitReview.Decision.CONFIRMED, "reviewer", "来函页面为罗勇", reviewed)),
                new ScreeningResult(5, "罗男", id2, List.of(), List.of(near),
                        new HitReview(HitReview.Decision.OVERTURNED, "reviewer", "页面即罗男，另一人", reviewed))));
        ExtractionResult request = new ExtractionResult(DocumentNumber.parse("陕组函〔2026〕58号"), "中共陕西省委组织部", "陕西省公共信用信息中心", LETTER,
                "王强", "029-1234567", QueryKind.PUBLIC_INSTITUTION, List.of(), Map.of());
        ReplyContent c = ReplyContent.answering("中共陕西省委组织部", request, screening, QUERY, "陕西省公共信用信息中心",
                "李敏", "029-63918210");
        assertEquals(List.of(ReplyContent.NO_RECORD, ReplyContent.LISTED, ReplyContent.NO_RECORD, ReplyContent.LISTED,
                        ReplyContent.NO_RECORD), c.rows().stream().map(ReplyRow::result).toList());
        assertEquals(List.of(new HitRecordRef("西安市中级人民法院", "（2024）陕01执123号")), c.rows().get(1).records());
        assertEquals(List.of(), c.rows().get(2).records(), "an overturned hit carries no record");
        assertEquals(c.rows().get(1).records(), c.rows().get(3).records(), "a confirmed possible hit reads like a hit");
        assertEquals(List.of(), c.rows().get(4).records(), "an overturned possible hit carries no record");
        assertEquals(2, c.hitCount());
        assertEquals(QueryKind.PUBLIC_INSTITUTION, c.queryKind());
        assertEquals(INCOMING, c.incomingDocumentNumber());
        assertTrue(c.isDraft());
    }

    /** A possible hit not yet reviewed would read 未发现: no draft answers it (docs/rules.md#R57). */
    @Test
    void noReplyAnswersAScreeningWhosePossibleHitAwaitsReview() {
        HitRecord record = new HitRecord("吕昊", "4202021976****8087", "西安市中级人民法院", "陕西", "（2024）陕01执123号", "",
                "", "", "", LETTER, LETTER, 1);
        Screening screening = new Screening("letter", 1, Instant.parse("2026-07-03T02:00:00Z"), "handler", List.of(
                new ScreeningResult(1, "吕臭", id("42020219760101808").value(), List.of(),
                        List.of(new PossibleRecord(record, NameDifference.LOOK_ALIKE)), null)));
        ExtractionResult request = new ExtractionResult(INCOMING, "中共陕西省委组织部", "陕西省公共信用信息中心", LETTER,
                "王强", "029-1234567", QueryKind.PUBLIC_INSTITUTION, List.of(), Map.of());
        assertEquals("REVIEW_PENDING", code(() -> ReplyContent.answering("中共陕西省委组织部", request, screening, QUERY,
                "陕西省公共信用信息中心", "李敏", "029-63918210")));
    }

    @Test
    void anApplicantListsReplyListsTheListedOnlyAndCountsTheOthers() {
        HitRecord record = new HitRecord("张伟", "6101021990****1234", "西安市中级人民法院", "陕西", "（2024）陕01执123号", "",
                "", "", "", LETTER, LETTER, 1);
        ExtractionResult request = new ExtractionResult(INCOMING, "陕西省人力资源和社会保障厅", "陕西省公共信用信息中心", LETTER,
                "王强", "029-1234567", QueryKind.PUBLIC_INSTITUTION, List.of(), Map.of());
        String first = id("61010219900315123").value();
        ReplyContent c = ReplyContent.answeringList("陕西省人力资源和社会保障厅", request,
                List.of(new ScreeningResult(977, "张伟", first, List.of(record), List.of(), null)), 999, QUERY,
                "陕西省公共信用信息中心", "李敏", "029-63918210");
        assertEquals(1, c.rows().size());
        assertEquals(1, c.rows().get(0).serial(), "numbered from 1, not by the list's row");
        assertEquals(ReplyContent.LISTED, c.rows().get(0).result());
        assertEquals(999, c.othersWithoutRecord());
        assertEquals(Optional.of("名单所列其余 999 人均未发现失信联合惩戒对象记录。"), c.othersSentence());
        assertEquals(c.othersSentence(), c.signedOff(DocumentNumber.parse("陕信用函〔2026〕1号"), QUERY).othersSentence());

        ReplyContent none = ReplyContent.answeringList("单位", request, List.of(), 1000, QUERY, "中心", "李敏", "02912345");
        assertEquals(Optional.of("名单所列 1000 人均未发现失信联合惩戒对象记录。"), none.othersSentence());
        assertEquals(Optional.empty(), draft(List.of(clear(1, "张伟"))).othersSentence(), "a letter's own list lists everyone");
        assertEquals("REPLY_NO_ROWS", code(() -> ReplyContent.answeringList("单位", request, List.of(), 0, QUERY, "中心",
                "李敏", "02912345")));
    }

    @Test
    void aRequestOfUnknownKindIsAnsweredAsCivilServiceAndPublicInstitutionsGetTheirTemplate() {
        assertEquals(QueryKind.CIVIL_SERVICE, QueryKind.answeredAs(null));
        assertEquals(QueryKind.OTHER, QueryKind.answeredAs(QueryKind.OTHER));
        for (ReplyKind usual : ReplyKind.values()) {
            assertEquals(ReplyKind.PUBLIC_INSTITUTION, ReplyKind.answering(QueryKind.PUBLIC_INSTITUTION, usual));
            assertEquals(usual, ReplyKind.answering(QueryKind.CIVIL_SERVICE, usual));
            assertEquals(usual, ReplyKind.answering(QueryKind.OTHER, usual));
        }
    }
}
