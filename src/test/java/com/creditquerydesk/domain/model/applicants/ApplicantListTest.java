package com.creditquerydesk.domain.model.applicants;

import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicantListTest {

    private static final Instant T = Instant.parse("2026-12-02T02:00:00Z");
    private static final String SHA = "0".repeat(64);

    @Test
    void aListIsScreenedOnceAndOnlyAFailedOneIsReplaceable() {
        ApplicantList list = ApplicantList.start("letter", "名单.xlsx", SHA, "handler", T, 3);
        assertEquals(ApplicantListStatus.SCREENING, list.status());
        assertEquals(ApplicantCounts.NONE, list.counts());
        assertFalse(list.replaceable());
        ApplicantList done = list.done(new ApplicantCounts(10, 8, 2, 1), T.plusSeconds(5));
        assertEquals(ApplicantListStatus.DONE, done.status());
        assertEquals(T.plusSeconds(5), done.finishedAt());
        assertFalse(done.replaceable());
        assertThrows(IllegalStateException.class, () -> done.failed("x", "x", T));
        ApplicantList failed = list.failed("名单超过", "too large", T);
        assertTrue(failed.replaceable());
        assertEquals(ApplicantCounts.NONE, failed.counts());
        assertEquals("too large", failed.errorEn());
        assertThrows(IllegalStateException.class, () -> failed.done(ApplicantCounts.NONE, T));
        assertNull(done.errorZh());
    }

    @Test
    void noRegisterMeansNoList() {
        DomainException e = assertThrows(DomainException.class, () -> ApplicantList.start("l", "a.csv", SHA, "h", T, 0));
        assertEquals("REGISTER_EMPTY", e.code());
    }

    @Test
    void aLongOrMissingFileNameIsKeptToTheColumnsSize() {
        assertEquals("applicants", ApplicantList.start("l", " ", SHA, "h", T, 1).fileName());
        String name = "名".repeat(300) + ".xlsx";
        String kept = ApplicantList.start("l", name, SHA, "h", T, 1).fileName();
        assertEquals(ApplicantList.MAX_FILE_NAME, kept.length());
        assertTrue(kept.endsWith(".xlsx"), "the end, with the extension, is kept");
    }

    @Test
    void countsMustAddUp() {
        assertThrows(IllegalArgumentException.class, () -> new ApplicantCounts(10, 8, 3, 0), "8 + 3 rows of 10");
        assertThrows(IllegalArgumentException.class, () -> new ApplicantCounts(10, 5, 0, 6), "more hits than applicants");
        assertThrows(IllegalArgumentException.class, () -> new ApplicantCounts(-1, 0, 0, 0));
        assertEquals(3, new ApplicantCounts(10, 8, 2, 3).matched());
    }

    @Test
    void theResultCountsTheApplicantsWithNoRecord() {
        ApplicantResult r = new ApplicantResult("收2026-0001", "某单位", 2, T.atZone(java.time.ZoneId.of("Asia/Shanghai")),
                1000, 10, 3);
        assertEquals(990, r.noRecord());
        assertThrows(IllegalArgumentException.class, () -> new ApplicantResult("x", "y", 1, r.screenedAt(), 5, 6, 0));
    }
}
