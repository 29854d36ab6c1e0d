package com.creditquerydesk.domain.model.job;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** When scheduled work comes back (docs/rules.md#R97). */
class RecurrenceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Recurrence.DailyAt DIGEST = new Recurrence.DailyAt(LocalTime.of(8, 30), SHANGHAI);

    private static Instant at(int day, int h, int m) {
        return ZonedDateTime.of(2026, 12, day, h, m, 0, 0, SHANGHAI).toInstant();
    }

    @Test
    void aDailyJobIsFirstDueAtTodaysTimeIfStillAheadElseTomorrows() {
        assertEquals(at(7, 8, 30), DIGEST.first(at(7, 7, 0)));
        assertEquals(at(8, 8, 30), DIGEST.first(at(7, 8, 30)), "at the time itself: tomorrow's");
        assertEquals(at(8, 8, 30), DIGEST.first(at(7, 9, 0)));
    }

    @Test
    void aDailyJobComesBackTheNextDayWhenItRanOnTime() {
        assertEquals(at(8, 8, 30), DIGEST.after(at(7, 8, 30)));
        assertEquals(at(8, 8, 30), DIGEST.after(at(7, 8, 31)));
        assertEquals(at(8, 8, 30), DIGEST.after(at(7, 23, 59)));
    }

    @Test
    void aLateRunStandsForItsDayNeverTwiceInOneDay() {
        // Every server was down at 08:30 on the 6th; one came up at 07:00 on the 7th and ran it then.
        assertEquals(at(8, 8, 30), DIGEST.after(at(7, 7, 0)), "not again at 08:30 the same day");
        // The day is the centre's: 01:00 on the 8th in Shanghai is still the 7th in UTC.
        assertEquals(at(9, 8, 30), DIGEST.after(at(8, 1, 0)));
    }

    @Test
    void aRepeatedLookComesBackAfterItsInterval() {
        Recurrence.Every every = new Recurrence.Every(Duration.ofSeconds(10));
        Instant t = at(7, 10, 0);
        assertEquals(t, every.first(t), "due at once on a server that finds no row");
        assertEquals(t.plusSeconds(10), every.after(t));
        assertThrows(IllegalArgumentException.class, () -> new Recurrence.Every(Duration.ofMillis(999)));
    }
}
