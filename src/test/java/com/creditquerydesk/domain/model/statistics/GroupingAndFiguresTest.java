package com.creditquerydesk.domain.model.statistics;

import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GroupingAndFiguresTest {

    private static String code(Runnable r) {
        return assertThrows(DomainException.class, r::run).code();
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
