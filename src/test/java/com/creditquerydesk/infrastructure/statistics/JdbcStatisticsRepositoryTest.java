package com.creditquerydesk.infrastructure.statistics;

import com.creditquerydesk.domain.model.calendar.CalendarFile;
import com.creditquerydesk.domain.model.calendar.WorkingDayCalendar;
import com.creditquerydesk.domain.model.statistics.DurationHistogram;
import com.creditquerydesk.domain.model.statistics.GroupStatistics;
import com.creditquerydesk.domain.model.statistics.Grouping;
import com.creditquerydesk.domain.model.statistics.LetterFigures;
import com.creditquerydesk.domain.model.statistics.StatisticsReport;
import com.creditquerydesk.domain.model.statistics.Step;
import com.creditquerydesk.domain.model.statistics.WorkingDayOrdinals;
import com.creditquerydesk.infrastructure.register.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The statistics' SQL on H2 and on PostgreSQL (skipped when none is reachable) against letters whose every date is
 * set here, across 国庆 2026 (10/1–10/7 off, Saturday 10/10 worked): what the server's clock cannot give an IT. The
 * figures are worked out by hand in the comments.
 */
class JdbcStatisticsRepositoryTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(List.of(CalendarFile.bundled()));
    private static final LocalDate FROM = LocalDate.parse("2026-09-28");
    private static final LocalDate TO = LocalDate.parse("2026-10-16");
    private static final LocalDate TODAY = LocalDate.parse("2026-10-20");

    private int seq;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void everyFigureOfLettersAcrossTheNationalDayHoliday(String database) throws SQLException {
        DataSource ds = database.equals("h2") ? TestDatabases.h2() : TestDatabases.postgres("cqd_statistics_test");
        try (Connection c = ds.getConnection()) {
            fill(c);
            StatisticsReport total = report(c, Grouping.NONE);
            LetterFigures f = total.total().figures();
            // received 9/28 00:10 in Shanghai (9/27 16:10 UTC) counts; 9/27 23:30 and 10/17 do not: A B C D E F H
            assertEquals(7, f.received());
            assertEquals(3, f.screened());
            assertEquals(9, f.candidates());
            assertEquals(2, f.hits());
            assertEquals(3, f.hitRecords());
            assertEquals(2, f.lettersWithHits());
            assertEquals(1, f.possibleHits());
            assertEquals(1, f.overturnedHits());
            assertEquals(2, f.signed());
            assertEquals(2, f.dispatched());
            // A signed on its due date 10/8 (the 3rd working day after 9/28 across the holiday); B on 10/12, after its
            // first due date 10/10 but before its extended one 10/13; C and H open past their due dates; F not yet due
            assertEquals(1, f.onTimeFirst());
            assertEquals(4, f.decidedFirst());
            assertEquals(0.25, f.onTimeRateFirst());
            assertEquals(2, f.onTimeDue());
            assertEquals(4, f.decidedDue());
            assertEquals(1, f.extendedLetters());
            assertEquals(2, f.extensions());
            assertEquals(1, f.rejected());
            assertEquals(1, f.voided());
            assertEquals(2.0 / 9, f.hitRate(), 0.0001);

            GroupStatistics t = total.total();
            assertSteps(t.step(Step.CONFIRM), Map.of(0, 3L, 1, 1L), 0.0, 1);
            assertSteps(t.step(Step.SCREEN), Map.of(0, 1L, 1, 2L), 1.0, 1);
            assertSteps(t.step(Step.REVIEW), Map.of(1, 1L), 1.0, 1);
            assertSteps(t.step(Step.SIGN), Map.of(2, 2L), 2.0, 2);
            assertSteps(t.step(Step.DISPATCH), Map.of(0, 1L, 1, 1L), 0.5, 1);
            assertSteps(t.step(Step.TOTAL), Map.of(3, 1L, 4, 1L), 3.5, 4);

            Map<String, GroupStatistics> units = byKey(report(c, Grouping.UNIT));
            assertEquals(Map.of("甲单位", 2L, "乙单位", 3L, "丙单位", 2L), counts(units, LetterFigures::received));
            assertEquals(1.0, units.get("甲单位").figures().onTimeRateDue());
            assertEquals(Optional.of(3.5), units.get("甲单位").step(Step.TOTAL).median());
            assertEquals(Map.of("甲单位", 1L, "乙单位", 0L, "丙单位", 1L), counts(units, LetterFigures::lettersWithHits));
            assertEquals(Map.of("202609", 3L, "202610", 4L), counts(byKey(report(c, Grouping.MONTH)), LetterFigures::received));
            assertEquals(Map.of("CIVIL_SERVICE", 4L, "PUBLIC_INSTITUTION", 1L, "", 2L),
                    counts(byKey(report(c, Grouping.KIND)), LetterFigures::received));
            assertEquals(Map.of("PAPER", 5L, "ELECTRONIC", 2L), counts(byKey(report(c, Grouping.CHANNEL)), LetterFigures::received));
            Map<String, GroupStatistics> handlers = byKey(report(c, Grouping.HANDLER));
            assertEquals(Map.of("handler", 4L, "handler2", 1L, "", 2L), counts(handlers, LetterFigures::received));
            assertEquals("张经办", handlers.get("handler").label());
            assertEquals("handler2", handlers.get("handler2").label(), "an account unknown: its username");
        } finally {
            TestDatabases.dropPostgres(ds);
        }
    }

    private static void assertSteps(DurationHistogram h, Map<Integer, Long> expected, double median, int p90) {
        assertEquals(expected, h.lettersByDays());
        assertEquals(Optional.of(median), h.median());
        assertEquals(Optional.of(p90), h.p90());
    }

    private static StatisticsReport report(Connection c, Grouping g) throws SQLException {
        return StatisticsReport.of(FROM, TO, g, TODAY, JdbcStatisticsRepository.groups(c,
                FROM.atStartOfDay(ZONE).toInstant(), TO.plusDays(1).atStartOfDay(ZONE).toInstant(),
                g, ZONE, TODAY, WorkingDayOrdinals.of(CALENDAR, FROM, TODAY)));
    }

    private static Map<String, GroupStatistics> byKey(StatisticsReport r) {
        return r.groups().stream().collect(Collectors.toMap(GroupStatistics::key, g -> g));
    }

    private static Map<String, Long> counts(Map<String, GroupStatistics> groups, Function<LetterFigures, Long> f) {
        return groups.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> f.apply(e.getValue().figures())));
    }

    private void fill(Connection c) throws SQLException {
        update(c, "INSERT INTO app_user (username, display_name, password_hash, active, created_at, version,"
                + " password_changed_at) VALUES ('handler', '张经办', 'x', TRUE, CURRENT_TIMESTAMP, 0, CURRENT_TIMESTAMP)");
        // A: received Mon 9/28, due 10/8; confirmed that day (0), screened 9/29 (1), no hit, signed 10/8 (2 working days:
        // 9/30, 10/8), dispatched 10/9 (1); 3 candidates
        letter(c, "A", "甲单位", "CIVIL_SERVICE", "handler", "PAPER", "DISPATCHED", "2026-09-28T10:00+08:00", "2026-10-08", null);
        event(c, "A", "EXTRACTION_VERIFIED", "2026-09-28T15:00+08:00");
        screening(c, "A", "2026-09-29T09:00+08:00", 3, 0, 0, 0, 0);
        reply(c, "A", "2026-10-08T10:00+08:00", "2026-10-09");
        // B: received Wed 9/30 16:00, due 10/10 (Saturday worked), extended twice to 10/13; confirmed that day (0),
        // screened 10/8 (1), reviewed 10/9 (1), signed Mon 10/12 (2: 10/10, 10/12), dispatched that day (0); 2 candidates,
        // 1 hit on 2 records, 1 possible hit
        letter(c, "B", "甲单位", "CIVIL_SERVICE", "handler", "ELECTRONIC", "DISPATCHED", "2026-09-30T16:00+08:00", "2026-10-13", "2026-10-10");
        event(c, "B", "EXTRACTION_VERIFIED", "2026-09-30T16:30+08:00");
        screening(c, "B", "2026-10-08T09:00+08:00", 2, 1, 2, 1, 0);
        event(c, "B", "REVIEW_COMPLETED", "2026-10-09T11:00+08:00");
        event(c, "B", "LETTER_EXTENDED", "2026-10-09T12:00+08:00");
        event(c, "B", "LETTER_EXTENDED", "2026-10-09T12:30+08:00");
        reply(c, "B", "2026-10-12T10:00+08:00", "2026-10-12");
        // C: received Fri 10/9, due 10/13, confirmed that day (0), never screened: open and late on 10/20
        letter(c, "C", "乙单位", "PUBLIC_INSTITUTION", "handler", "PAPER", "VERIFIED", "2026-10-09T09:00+08:00", "2026-10-13", null);
        event(c, "C", "EXTRACTION_VERIFIED", "2026-10-09T10:00+08:00");
        // D refused, E voided: neither late nor on time
        letter(c, "D", "乙单位", null, null, "PAPER", "REJECTED", "2026-10-12T09:00+08:00", "2026-10-15", null);
        letter(c, "E", "乙单位", "CIVIL_SERVICE", "handler2", "PAPER", "VOIDED", "2026-10-13T09:00+08:00", "2026-10-16", null);
        // F: received Thu 10/15, due 10/20 (today: not late yet); confirmed 10/16 (1), screened 10/16 (0), in review;
        // 4 candidates: 1 hit on 1 record, 1 exact hit overturned
        letter(c, "F", "丙单位", "CIVIL_SERVICE", "handler", "ELECTRONIC", "IN_REVIEW", "2026-10-15T09:00+08:00", "2026-10-20", null);
        event(c, "F", "EXTRACTION_VERIFIED", "2026-10-16T09:00+08:00");
        screening(c, "F", "2026-10-16T10:00+08:00", 4, 1, 1, 0, 1);
        // H: received at ten past midnight on 9/28 in Shanghai (still 9/27 in UTC), never read: open and late
        letter(c, "H", "丙单位", null, null, "PAPER", "RECEIVED", "2026-09-28T00:10+08:00", "2026-10-08", null);
        // outside the period: the evening before, and the day after
        letter(c, "X", "丙单位", null, null, "PAPER", "RECEIVED", "2026-09-27T23:30+08:00", "2026-09-30", null);
        letter(c, "Y", "甲单位", "CIVIL_SERVICE", "handler", "PAPER", "VERIFIED", "2026-10-17T10:00+08:00", "2026-10-21", null);
        event(c, "Y", "EXTRACTION_VERIFIED", "2026-10-17T11:00+08:00");
    }

    private static void letter(Connection c, String id, String unit, String kind, String handler, String channel,
                               String status, String receivedAt, String due, String firstDue) throws SQLException {
        update(c, "INSERT INTO incoming_letter (id, receipt_year, receipt_serial, receipt_number, channel, status, received_at,"
                        + " due_date, original_due_date, received_by, file_sha256, file_media_type, file_size, file_pages,"
                        + " requesting_unit, pages_done, handler, query_kind, version)"
                        + " VALUES (?, 2026, ?, ?, ?, ?, ?, ?, ?, 'registry', ?, 'application/pdf', 1, 1, ?, 1, ?, ?, 0)",
                id, (int) id.charAt(0), "收2026-" + id, channel, status, at(receivedAt), LocalDate.parse(due),
                firstDue == null ? null : LocalDate.parse(firstDue), "sha-" + id, unit, handler, kind);
    }

    private static void screening(Connection c, String id, String at, int candidates, int hits, int records, int possible,
                                  int overturned) throws SQLException {
        update(c, "INSERT INTO screening (letter_id, register_version, screened_at, screened_by, results_enc, version,"
                        + " candidates, hits, hit_records, possible_hits, overturned_hits) VALUES (?, 1, ?, 'handler', 'x', 0, ?, ?, ?, ?, ?)",
                id, at(at), candidates, hits, records, possible, overturned);
    }

    private static void reply(Connection c, String id, String signedAt, String dispatchedOn) throws SQLException {
        update(c, "INSERT INTO reply_letter (letter_id, kind, status, drafted_at, drafted_by, draft_pdf_sha256,"
                        + " draft_docx_sha256, signed_at, dispatched_on, version) VALUES (?, 'SHAANXI', 'SIGNED', ?, 'handler', 'p', 'd', ?, ?, 0)",
                id, at(signedAt), at(signedAt), LocalDate.parse(dispatchedOn));
    }

    private void event(Connection c, String id, String action, String at) throws SQLException {
        update(c, "INSERT INTO audit_event (seq, occurred_at, actor, action, letter_id, prev_hash, hash) VALUES (?, ?, 'x', ?, ?, 'p', 'h')",
                ++seq, at(at), action, id);
    }

    private static Timestamp at(String offsetDateTime) {
        return Timestamp.from(OffsetDateTime.parse(offsetDateTime).toInstant());
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i] instanceof LocalDate d ? java.sql.Date.valueOf(d) : params[i]);
            }
            ps.executeUpdate();
        }
    }
}
