package com.creditquerydesk.domain.model.spotcheck;

import com.creditquerydesk.domain.model.screening.HitRecord;
import com.creditquerydesk.domain.model.screening.Screening;
import com.creditquerydesk.domain.model.screening.ScreeningResult;
import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/rules.md#R78: the draw, the comparison of a re-screening, the verdict. */
class SpotCheckRulesTest {

    private static final Instant AT = Instant.parse("2026-03-05T02:00:00Z");
    private static final List<String> LETTERS = IntStream.rangeClosed(1, 40).mapToObj(i -> String.format("letter-%02d", i))
            .toList();

    @ParameterizedTest
    @CsvSource({"5,, 40, 5", "50,, 40, 40", ", 10, 40, 4", ", 1, 40, 1", ", 11, 40, 5", ", 100, 40, 40", ", 50, 0, 0",
            "3,, 0, 0", ", 1, 1, 1"})
    void theSampleIsACountOrAPercentageRoundedUp(Integer count, Integer percent, int population, int drawn) {
        assertEquals(drawn, new SampleSize(count, percent).of(population));
    }

    @Test
    void exactlyOneSizeIsGivenWithinItsBounds() {
        assertEquals("SAMPLE_SIZE_REQUIRED", assertThrows(DomainException.class, () -> new SampleSize(null, null)).code());
        assertEquals("SAMPLE_SIZE_REQUIRED", assertThrows(DomainException.class, () -> new SampleSize(3, 10)).code());
        for (int[] bad : new int[][]{{0, 0}, {1001, 0}}) {
            assertEquals("SAMPLE_SIZE_INVALID", assertThrows(DomainException.class, () -> new SampleSize(bad[0], null)).code());
        }
        assertEquals("SAMPLE_SIZE_INVALID", assertThrows(DomainException.class, () -> new SampleSize(null, 0)).code());
        assertEquals("SAMPLE_SIZE_INVALID", assertThrows(DomainException.class, () -> new SampleSize(null, 101)).code());
    }

    @Test
    void theSameSeedDrawsTheSameSampleWhateverTheOrderItCameIn() {
        SampleSize five = new SampleSize(5, null);
        List<String> shuffled = new ArrayList<>(LETTERS);
        java.util.Collections.reverse(shuffled);
        List<String> a = five.draw(LETTERS, 42L);
        assertEquals(a, five.draw(shuffled, 42L), "the draw can be repeated from the seed");
        assertEquals(5, new HashSet<>(a).size(), "no reply twice");
        assertTrue(LETTERS.containsAll(a));
        assertNotEquals(a, five.draw(LETTERS, 43L), "another seed, another sample");
        // Over many seeds every letter is drawn: the draw does not favour the first ones.
        var seen = new HashSet<String>();
        for (long seed = 0; seed < 200; seed++) {
            seen.addAll(five.draw(LETTERS, seed));
        }
        assertEquals(40, seen.size());
    }

    private static HitRecord record(String caseNumber) {
        return new HitRecord("罗勇", "4202021976****8087", "黄石市黄石港区人民法院", "湖北", caseNumber, "（2017）鄂0202民初1号",
                "偿还借款", "部分未履行", "违反限制消费令", LocalDate.of(2018, 1, 6), LocalDate.of(2018, 7, 10), 1);
    }

    private static Screening screening(List<HitRecord> first) {
        return new Screening("l1", 1, AT, "handler", List.of(
                new ScreeningResult(1, "罗勇", "420202197601018087", first, List.of(), null),
                new ScreeningResult(2, "李娜", "110105199001011234", List.of(), List.of(), null)));
    }

    @Test
    void aReproducedScreeningHasNoDifferencesAndReviewsDoNotCount() {
        Screening original = screening(List.of(record("（2018）鄂0202执9851号")))
                .review(1, "reviewer", com.creditquerydesk.domain.model.screening.HitReview.Decision.CONFIRMED, null, AT);
        assertEquals(List.of(), ScreeningComparison.differences(original, screening(List.of(record("（2018）鄂0202执9851号")))));
    }

    @Test
    void aRecordAddedOrGoneIsNamedWithTheCandidateMasked() {
        Screening original = screening(List.of(record("（2018）鄂0202执9851号")));
        Screening later = screening(List.of(record("（2025）鄂0202执1号")));
        List<String> d = ScreeningComparison.differences(original, later);
        assertEquals(List.of("第 1 位（罗*）：新增命中记录 （2025）鄂0202执1号",
                "第 1 位（罗*）：原命中记录 （2018）鄂0202执9851号 未再出现"), d);
        assertTrue(d.stream().noneMatch(s -> s.contains("罗勇") || s.contains("420202")), "masked");
        assertEquals(List.of("查询对象人数不同：原 2 人，重查 1 人"), ScreeningComparison.differences(original,
                new Screening("l1", 1, AT, "h", List.of(original.results().get(0)))));
    }

    private static SpotCheckItem item(List<String> asOf, boolean intact, boolean signed) {
        return new SpotCheckItem(1, "l1", "收2026-0001", "陕信用函〔2026〕1号", AT, 1, asOf, 2, List.of(), intact, signed,
                null, null, null, null, null);
    }

    @Test
    void aDefectIsAnUnreproducedResultOrAFileThatFails() {
        assertFalse(item(List.of(), true, true).defect());
        assertTrue(item(List.of("第 1 位（罗*）：新增命中记录 X"), true, true).defect());
        assertTrue(item(List.of(), false, false).defect());
        assertTrue(item(List.of(), true, false).defect());
    }

    @Test
    void theVerdictIsGivenOnceAndAnInconsistencyIsExplained() {
        SpotCheckItem open = item(List.of(), true, true);
        assertEquals("VERDICT_REQUIRED", assertThrows(DomainException.class, () -> open.judged(null, null, "auditor", AT)).code());
        assertEquals("VERDICT_NOTE_REQUIRED",
                assertThrows(DomainException.class, () -> open.judged(Verdict.INCONSISTENT, " ", "auditor", AT)).code());
        assertEquals("VERDICT_NOTE_TOO_LONG", assertThrows(DomainException.class,
                () -> open.judged(Verdict.CONSISTENT, "核".repeat(501), "auditor", AT)).code());
        SpotCheckItem ok = open.judged(Verdict.CONSISTENT, " ", "auditor", AT);
        assertEquals(Verdict.CONSISTENT, ok.verdict());
        assertNull(ok.note());
        assertEquals("auditor", ok.checkedBy());
        assertEquals("SPOT_CHECK_ALREADY_JUDGED",
                assertThrows(DomainException.class, () -> ok.judged(Verdict.INCONSISTENT, "再看", "auditor", AT)).code());
    }
}
