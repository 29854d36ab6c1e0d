package com.creditquerydesk.infrastructure.documents;

import com.creditquerydesk.domain.model.reply.VerificationLink;
import com.creditquerydesk.domain.model.reply.ReplyContent;
import com.creditquerydesk.domain.model.reply.ReplyKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplyFieldsTest {

    @Test
    void datesHaveNoLeadingZeros() {
        assertEquals("7月3日", ReplyField.monthDay(LocalDate.of(2026, 7, 3)));
        assertEquals("2026年10月10日", ReplyField.fullDate(LocalDate.of(2026, 10, 10)));
        ReplyContent fin = SampleReplies.signedOff();
        assertEquals("2026年7月6日", ReplyField.SIGN_OFF_DATE.valueOf(fin));
        assertEquals("陕信用函〔2026〕12号", ReplyField.REPLY_NUMBER.valueOf(fin));
    }

    @Test
    void aDraftShowsTheBlankDateAndNoNumber() {
        ReplyContent draft = SampleReplies.draft();
        assertEquals("", ReplyField.REPLY_NUMBER.valueOf(draft));
        assertEquals("年　月　日", ReplyField.SIGN_OFF_DATE.valueOf(draft));
    }

    @Test
    void wordingPlaceholdersAreFields() {
        List<ReplyWording.Segment> s = ReplyWording.segments("你单位{incomingDate}来函（{incomingNumber}）收悉。");
        assertEquals(5, s.size());
        assertEquals(ReplyField.INCOMING_DATE, s.get(1).field());
        assertEquals("）收悉。", s.get(4).text());
        assertThrows(IllegalArgumentException.class, () -> ReplyWording.segments("{salary}"));
        for (ReplyKind kind : List.of(ReplyKind.NATIONAL, ReplyKind.SHAANXI, ReplyKind.PUBLIC_INSTITUTION)) {
            String body = ReplyWording.fill(ReplyWording.body(kind).get(0), f -> f.valueOf(SampleReplies.draft()));
            assertTrue(body.startsWith("你单位7月1日来函（陕组函〔2026〕58号）收悉。"), body);
            assertTrue(body.contains("7月3日"), body);
            assertFalse(body.contains("{"), body);
            assertEquals(ReplyWording.RESULT_SENTENCE, ReplyWording.body(kind).get(1));
        }
    }

    @Test
    void theCorrectionsAndTheNoticesWordingFillFromTheirFields() {
        ReplyContent original = SampleReplies.signedOff();
        ReplyContent correction = original.correctedBy(List.of(original.rows().get(0)));
        String body = ReplyWording.fill(ReplyWording.body(ReplyKind.CORRECTION).get(0), f -> f.valueOf(correction));
        assertTrue(body.startsWith("我中心于2026年7月6日以陕信用函〔2026〕12号函向你单位反馈了你单位7月1日来函（陕组函〔2026〕58号）"),
                body);
        assertTrue(body.endsWith("陕信用函〔2026〕12号函所列其他人员的查询结果不变。"), body);
        assertEquals("关于更正录用、调任人选社会信用记录查询结果的函",
                ReplyWording.fill(ReplyWording.title(ReplyKind.CORRECTION), f -> f.valueOf(correction)));
        assertEquals("", ReplyField.ORIGINAL_NUMBER.valueOf(original), "a reply cites no reply");
        assertEquals(ReplyWording.RESULT_SENTENCE, ReplyWording.body(ReplyKind.CORRECTION).get(1));
        assertEquals(1, ReplyWording.body(ReplyKind.REFUSAL_NOTICE).size(), "a notice gives no result");
        assertFalse(ReplyKind.REFUSAL_NOTICE.hasAttachment());
        assertTrue(ReplyKind.CORRECTION.hasAttachment());
    }

    @Test
    void longTitlesBreakBeforeTheSubject() {
        assertEquals(List.of("关于反馈录用、调任人选", "社会信用记录查询结果的函"),
                PdfReplyRenderer.titleLines("关于反馈录用、调任人选社会信用记录查询结果的函"));
        assertEquals(List.of("关于反馈的函"), PdfReplyRenderer.titleLines("关于反馈的函"));
    }

    @Test
    void verificationLinkJoinsBaseAndCode() {
        assertEquals("https://a.example/verify/AB12-CD34", VerificationLink.of("https://a.example/", "AB12-CD34").url());
        assertEquals("https://a.example/verify/AB12", VerificationLink.of("https://a.example", "AB12").url());
        assertThrows(IllegalArgumentException.class, () -> VerificationLink.of("https://a.example", "ab<1>"));
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = VerificationLink.newCode();
            assertTrue(code.matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}"), code);
            codes.add(code);
        }
        assertEquals(1000, codes.size(), "codes do not repeat");
    }
}
