package com.creditquerydesk.domain.model.statistics;

import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StatisticsPeriodTest {

    private static String code(Runnable r) {
        return assertThrows(DomainException.class, r::run).code();
    }

    @Test
    void aPeriodIsTwoDatesInOrderOfAtMostThreeYears() {
        StatisticsPeriod p = StatisticsPeriod.parse("2026-01-01", " 2026-03-31 ");
        assertEquals(LocalDate.parse("2026-03-31"), p.to());
        StatisticsPeriod.parse("2026-05-05", "2026-05-05");
        StatisticsPeriod.parse("2024-01-01", "2026-12-31");
        assertEquals("PERIOD_TOO_LONG", code(() -> StatisticsPeriod.parse("2023-01-01", "2026-12-31")));
        assertEquals("PERIOD_REVERSED", code(() -> StatisticsPeriod.parse("2026-02-01", "2026-01-31")));
        assertEquals("PERIOD_MISSING", code(() -> StatisticsPeriod.parse(null, "2026-01-31")));
        assertEquals("PERIOD_MISSING", code(() -> StatisticsPeriod.parse("2026-01-01", " ")));
        assertEquals("DATE_INVALID", code(() -> StatisticsPeriod.parse("2026-1-1", "2026-01-31")));
        assertEquals("DATE_INVALID", code(() -> StatisticsPeriod.parse("2026-02-30", "2026-03-31")));
    }

    @Test
    void groupingsByTheirParameter() {
        assertEquals(Grouping.NONE, Grouping.parse(null));
        assertEquals(Grouping.NONE, Grouping.parse(""));
        for (Grouping g : Grouping.values()) {
            if (g != Grouping.NONE) {
                assertEquals(g, Grouping.parse(g.param()));
            }
        }
        assertEquals("GROUPING_UNKNOWN", code(() -> Grouping.parse("UNIT")));
        assertEquals("GROUPING_UNKNOWN", code(() -> Grouping.parse("person")));
    }

    @Test
    void ratesAreSharesOfWhatIsKnownAndAbsentWithoutIt() {
        LetterFigures f = new LetterFigures(10, 8, 30, 3, 5, 2, 1, 1, 6, 5, 5, 6, 6, 7, 2, 3, 1, 1);
        assertEquals(0.1, f.hitRate());
        assertEquals(0.8333, f.onTimeRateFirst());
        assertEquals(0.8571, f.onTimeRateDue());
        assertNull(LetterFigures.ZERO.hitRate());
        assertNull(LetterFigures.ZERO.onTimeRateDue());
        assertEquals(f, LetterFigures.ZERO.plus(f));
        assertEquals(20, f.plus(f).received());
        assertEquals(6, f.plus(f).extensions());
    }
}
