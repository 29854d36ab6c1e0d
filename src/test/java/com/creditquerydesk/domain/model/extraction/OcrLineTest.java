package com.creditquerydesk.domain.model.extraction;

import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OcrLineTest {

    private static final Box BOX = new Box(10, 20, 300, 40);

    @Test
    void boxRefusesEmptyOrNegativeRectangles() {
        assertThrows(DomainException.class, () -> new Box(-1, 0, 10, 10));
        assertThrows(DomainException.class, () -> new Box(0, -1, 10, 10));
        assertThrows(DomainException.class, () -> new Box(0, 0, 0, 10));
        assertThrows(DomainException.class, () -> new Box(0, 0, 10, 0));
    }

    @Test
    void boxGeometry() {
        Box a = new Box(0, 0, 10, 10);
        Box b = new Box(5, 8, 10, 10);
        assertEquals(new Box(0, 0, 15, 18), a.union(b));
        assertEquals(10, a.intersectionArea(b));
        assertEquals(0, a.intersectionArea(new Box(10, 0, 5, 5)), "touching edges share nothing");
        assertEquals(100, a.area());
        assertEquals(13.0, b.centerY());
    }

    @Test
    void charConfidencesMustMatchTheText() {
        assertThrows(DomainException.class, () -> new OcrLine("张伟", 0.9, BOX, new double[]{0.9}));
        assertEquals(0, new OcrLine("张伟", 0.9, BOX, null).charConfidences().length);
        assertEquals(0, new OcrLine("张伟", 0.9, BOX, new double[0]).charConfidences().length);
    }

    @Test
    void confidenceIsAUnitFraction() {
        assertThrows(DomainException.class, () -> new OcrLine("a", 1.01, BOX, null));
        assertThrows(DomainException.class, () -> new OcrLine("a", -0.01, BOX, null));
        assertThrows(DomainException.class, () -> new OcrLine("a", Double.NaN, BOX, null));
    }

    @Test
    void charConfidencesCannotBeChangedFromOutside() {
        double[] c = {0.9, 0.4};
        OcrLine line = new OcrLine("张伟", 0.65, BOX, c);
        c[0] = 0;
        line.charConfidences()[1] = 0;
        assertArrayEquals(new double[]{0.9, 0.4}, line.charConfidences());
        assertEquals(0.4, line.minCharConfidence());
        assertEquals(0.65, new OcrLine("张伟", 0.65, BOX, null).minCharConfidence());
    }

    @Test
    void equalityLooksAtTheConfidenceValues() {
        assertEquals(new OcrLine("张伟", 0.9, BOX, new double[]{0.9, 0.9}),
                new OcrLine("张伟", 0.9, BOX, new double[]{0.9, 0.9}));
        assertNotEquals(new OcrLine("张伟", 0.9, BOX, new double[]{0.9, 0.9}),
                new OcrLine("张伟", 0.9, BOX, new double[]{0.9, 0.8}));
    }

    @Test
    void toStringDoesNotLeakTheText() {
        assertFalse(new OcrLine("610103199003071234", 0.9, BOX, null).toString().contains("6101031990"));
    }

    @Test
    void pageCopiesItsLinesAndJoinsTheText() {
        List<OcrLine> lines = new ArrayList<>(List.of(new OcrLine("甲", 0.9, BOX, null),
                new OcrLine("乙", 0.9, BOX, null)));
        OcrPage page = new OcrPage(1, 2480, 3508, lines);
        lines.clear();
        assertEquals("甲\n乙", page.text());
        assertThrows(DomainException.class, () -> new OcrPage(-1, 10, 10, List.of()));
        assertThrows(DomainException.class, () -> new OcrPage(0, 0, 10, List.of()));
    }
}
