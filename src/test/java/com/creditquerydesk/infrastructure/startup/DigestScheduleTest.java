package com.creditquerydesk.infrastructure.startup;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The digest goes out at the configured time of the centre's day: today's if still ahead, else tomorrow's. */
class DigestScheduleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalTime AT = LocalTime.of(8, 30);

    @Test
    void beforeTheTimeItIsToday() {
        assertEquals(Duration.ofMinutes(90), DigestSchedule.untilNext(at(7, 0), AT));
    }

    @Test
    void atOrAfterTheTimeItIsTomorrow() {
        assertEquals(Duration.ofHours(24), DigestSchedule.untilNext(at(8, 30), AT));
        assertEquals(Duration.ofHours(23).plusMinutes(30), DigestSchedule.untilNext(at(9, 0), AT));
    }

    private static ZonedDateTime at(int h, int m) {
        return ZonedDateTime.of(2026, 12, 7, h, m, 0, 0, SHANGHAI);
    }
}
