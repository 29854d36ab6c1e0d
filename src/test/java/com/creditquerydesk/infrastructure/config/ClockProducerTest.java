package com.creditquerydesk.infrastructure.config;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClockProducerTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void theShiftIsCountedFromTheDateInTheCentresZone() {
        // 23:30 UTC on 7 December is already 8 December in Shanghai.
        Clock lateEvening = Clock.fixed(Instant.parse("2026-12-07T23:30:00Z"), ZoneOffset.UTC);
        assertEquals(-70, ClockProducer.shiftInDays("2026-09-29", lateEvening, SHANGHAI));
        assertEquals(0, ClockProducer.shiftInDays("2026-12-08", lateEvening, SHANGHAI));
        assertEquals(1, ClockProducer.shiftInDays("2026-12-08", lateEvening, ZoneOffset.UTC));
    }

    @Test
    void aValueThatIsNotADateStopsTheStart() {
        Clock now = Clock.systemUTC();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ClockProducer.shiftInDays("29.09.2026", now, SHANGHAI));
        assertEquals("CQD_CLOCK_TODAY must be a date (YYYY-MM-DD), not 29.09.2026", e.getMessage());
    }
}
