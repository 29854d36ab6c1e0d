package com.creditquerydesk.domain.model.statistics;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DurationHistogramTest {

    @Test
    void noLettersHaveNoMedianNorPercentile() {
        assertEquals(Optional.empty(), DurationHistogram.empty().median());
        assertEquals(Optional.empty(), DurationHistogram.empty().p90());
        assertEquals(0, DurationHistogram.of(Map.of(3, 0L)).count());
    }

    @Test
    void oddCountTakesTheMiddleEvenCountTheMeanOfTheTwoMiddleOnes() {
        assertEquals(Optional.of(2.0), DurationHistogram.of(Map.of(1, 1L, 2, 1L, 9, 1L)).median());
        assertEquals(Optional.of(1.5), DurationHistogram.of(Map.of(1, 1L, 2, 1L)).median());
        assertEquals(Optional.of(3.5), DurationHistogram.of(Map.of(0, 2L, 3, 1L, 4, 1L, 5, 2L)).median());
        assertEquals(Optional.of(0.0), DurationHistogram.of(Map.of(0, 5L)).median());
    }

    @Test
    void p90IsTheNearestRank() {
        // ten letters 1..10 working days: the 9th is 9; eleven letters: rank ceil(9.9) = 10
        Map<Integer, Long> ten = new TreeMap<>();
        for (int d = 1; d <= 10; d++) {
            ten.put(d, 1L);
        }
        assertEquals(Optional.of(9), DurationHistogram.of(ten).p90());
        ten.put(11, 1L);
        assertEquals(Optional.of(10), DurationHistogram.of(ten).p90());
        assertEquals(Optional.of(7), DurationHistogram.of(Map.of(7, 1L)).p90());
        // 9 letters of 1 day and 1 of 20: 90% took 1 day; one more of 20 and the 90th is 20
        assertEquals(Optional.of(1), DurationHistogram.of(Map.of(1, 9L, 20, 1L)).p90());
        assertEquals(Optional.of(20), DurationHistogram.of(Map.of(1, 9L, 20, 2L)).p90());
    }

    @Test
    void agreesWithSortingEveryLetterForRandomHistograms() {
        Random random = new Random(16);
        for (int round = 0; round < 500; round++) {
            Map<Integer, Long> h = new TreeMap<>();
            List<Integer> letters = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(40); i < n; i++) {
                int days = random.nextInt(12);
                h.merge(days, 1L, Long::sum);
                letters.add(days);
            }
            Collections.sort(letters);
            int n = letters.size();
            double median = n % 2 == 1 ? letters.get(n / 2) : (letters.get(n / 2 - 1) + letters.get(n / 2)) / 2.0;
            int p90 = letters.get((int) Math.ceil(0.9 * n) - 1);
            DurationHistogram histogram = DurationHistogram.of(h);
            assertEquals(median, histogram.median().orElseThrow(), "median of " + letters);
            assertEquals(p90, histogram.p90().orElseThrow(), "p90 of " + letters);
            long below = letters.stream().filter(d -> d <= p90).count();
            assertTrue(below >= 0.9 * n, "at least 90% within the p90 of " + letters);
        }
    }

    @Test
    void groupsAddUpToTheirTotal() {
        DurationHistogram a = DurationHistogram.of(Map.of(1, 2L, 3, 1L));
        DurationHistogram b = DurationHistogram.of(Map.of(3, 4L, 5, 1L));
        DurationHistogram sum = a.plus(b);
        assertEquals(Map.of(1, 2L, 3, 5L, 5, 1L), sum.lettersByDays());
        assertEquals(8, sum.count());
        assertEquals(Optional.of(3.0), sum.median());
    }

    @Test
    void negativeDurationsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> DurationHistogram.of(Map.of(-1, 1L)));
        assertThrows(IllegalArgumentException.class, () -> DurationHistogram.of(Map.of(1, -1L)));
    }
}
