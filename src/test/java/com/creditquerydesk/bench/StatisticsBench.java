package com.creditquerydesk.bench;

import com.creditquerydesk.domain.model.calendar.CalendarFile;
import com.creditquerydesk.domain.model.calendar.WorkingDayCalendar;
import com.creditquerydesk.domain.model.statistics.GroupStatistics;
import com.creditquerydesk.domain.model.statistics.Grouping;
import com.creditquerydesk.domain.model.statistics.StatisticsReport;
import com.creditquerydesk.domain.model.statistics.Step;
import com.creditquerydesk.domain.model.statistics.WorkingDayOrdinals;
import com.creditquerydesk.infrastructure.statistics.JdbcStatisticsRepository;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * The statistics benchmark (bench/README.md, Statistics):
 * <pre>
 *   generate URL LETTERS CANDIDATES   migrate the (new) database and fill it with a year of LETTERS letters of 2026
 *                                     checking CANDIDATES candidates in all, with their screenings, replies and trail
 *   run URL [ROUNDS]                  the statistics of 2026 in total and by each grouping, ROUNDS times each
 * </pre>
 */
public final class StatisticsBench {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate FROM = LocalDate.parse("2026-01-01");
    private static final LocalDate TO = LocalDate.parse("2026-12-31");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-31");

    public static void main(String[] args) throws Exception {
        PGSimpleDataSource ds = RegisterBench.dataSource(args[1]);
        switch (args[0]) {
            case "generate" -> generate(ds, Integer.parseInt(args[2]), Long.parseLong(args[3]));
            case "run" -> run(ds, args.length > 2 ? Integer.parseInt(args[2]) : 5);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /**
     * Letters spread over the year's first 350 days (days of the week alike), from 300 units, 12 handlers, the four
     * channels and three kinds; about 93% signed (most dispatched), 2% refused, 1% voided, the rest open; 10% with a
     * hit and a review, 5% extended; each candidate's encrypted result stood in by 256 characters of random hex
     * (so the screening rows weigh what real ones do). About 15 trail events a letter.
     */
    private static void generate(PGSimpleDataSource ds, int letters, long candidates) throws Exception {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        // 1..perLetter candidates each, mean about candidates / the 96% of letters screened
        int perLetter = (int) Math.max(1, Math.round(2 * candidates / (0.96 * letters)) - 1);
        String[] statements = {
                "CREATE TEMPORARY TABLE g AS SELECT i,"
                        + " TIMESTAMPTZ '2026-01-01 08:30:00+08' + (i * 350.0 / " + letters + ") * INTERVAL '1 day'"
                        + " + (random() * 9) * INTERVAL '1 hour' AS received_at,"
                        + " random() AS r_status, random() AS r_hit, random() AS r_ext, random() AS r_kind,"
                        + " 1 + floor(random() * " + perLetter + ")::int AS candidates,"
                        + " (random() * 2.5) * INTERVAL '1 day' AS conf_after, (random() * 1.5) * INTERVAL '1 day' AS scr_after,"
                        + " (random() * 2) * INTERVAL '1 day' AS rev_after, (random() * 2.5) * INTERVAL '1 day' AS sign_after,"
                        + " floor(random() * 3)::int AS disp_after FROM generate_series(1, " + letters + ") i",
                "INSERT INTO incoming_letter (id, receipt_year, receipt_serial, receipt_number, channel, status, received_at,"
                        + " due_date, original_due_date, received_by, file_sha256, file_media_type, file_size, file_pages,"
                        + " requesting_unit, doc_number, pages_done, handler, verified_by, screened_by, query_kind, version)"
                        + " SELECT 'L' || i, 2026, i, '收2026-' || i,"
                        + " (ARRAY['PAPER', 'ELECTRONIC', 'SCAN', 'EMAIL'])[1 + i % 4],"
                        + " CASE WHEN r_status < 0.02 THEN 'REJECTED' WHEN r_status < 0.03 THEN 'VOIDED'"
                        + " WHEN r_status < 0.07 THEN 'VERIFIED' WHEN r_status < 0.10 THEN 'SIGNED' ELSE 'DISPATCHED' END,"
                        + " received_at, CAST(received_at AT TIME ZONE 'Asia/Shanghai' AS DATE) + CASE WHEN r_ext < 0.05 THEN 8 ELSE 4 END,"
                        + " CASE WHEN r_ext < 0.05 THEN CAST(received_at AT TIME ZONE 'Asia/Shanghai' AS DATE) + 4 END,"
                        + " 'registry', md5('f' || i) || md5('g' || i), 'application/pdf', 100000, 2,"
                        + " '单位' || (i * 7919 % 300) || '人力资源和社会保障局', '人社函〔2026〕' || i || '号', 2,"
                        + " 'handler' || (i % 12), 'clerk', 'handler' || (i % 12),"
                        + " CASE WHEN r_kind < 0.6 THEN 'CIVIL_SERVICE' WHEN r_kind < 0.95 THEN 'PUBLIC_INSTITUTION' ELSE 'OTHER' END, 0"
                        + " FROM g",
                "INSERT INTO screening (letter_id, register_version, screened_at, screened_by, results_enc, version,"
                        + " candidates, hits, hit_records, possible_hits, overturned_hits)"
                        + " SELECT 'L' || i, 1, received_at + conf_after + scr_after, 'handler' || (i % 12),"
                        + " (SELECT string_agg(md5(random()::text) || md5(random()::text) || md5(random()::text)"
                        + " || md5(random()::text) || md5(random()::text) || md5(random()::text) || md5(random()::text)"
                        + " || md5(random()::text), '') FROM generate_series(1, candidates)), 0,"
                        + " candidates, CASE WHEN r_hit < 0.10 THEN 1 ELSE 0 END, CASE WHEN r_hit < 0.10 THEN 2 ELSE 0 END,"
                        + " CASE WHEN r_hit >= 0.10 AND r_hit < 0.12 THEN 1 ELSE 0 END, CASE WHEN r_hit < 0.01 THEN 1 ELSE 0 END"
                        + " FROM g WHERE r_status >= 0.04",
                "INSERT INTO reply_letter (letter_id, kind, status, drafted_at, drafted_by, draft_pdf_sha256, draft_docx_sha256,"
                        + " reply_year, reply_serial, reply_number, signed_at, signed_by, signed_pdf_sha256, verification_code,"
                        + " dispatched_on, dispatch_channel, version)"
                        + " SELECT 'L' || i, 'SHAANXI', 'SIGNED', received_at + conf_after + scr_after, 'handler' || (i % 12),"
                        + " md5('d' || i), md5('x' || i), 2026, i, '陕信用函〔2026〕' || i || '号',"
                        + " received_at + conf_after + scr_after + CASE WHEN r_hit < 0.12 THEN rev_after ELSE INTERVAL '0' END + sign_after,"
                        + " 'officer', md5('s' || i), 'V' || i,"
                        + " CASE WHEN r_status >= 0.10 THEN CAST((received_at + conf_after + scr_after + sign_after) AT TIME ZONE 'Asia/Shanghai' AS DATE) + disp_after END,"
                        + " CASE WHEN r_status >= 0.10 THEN 'PAPER' END, 0 FROM g WHERE r_status >= 0.07",
                "CREATE TEMPORARY TABLE e (letter_id VARCHAR(36), occurred_at TIMESTAMPTZ, actor VARCHAR(40), action VARCHAR(60))",
                "INSERT INTO e SELECT 'L' || i, received_at, 'registry', 'LETTER_RECEIVED' FROM g",
                "INSERT INTO e SELECT 'L' || i, received_at + INTERVAL '1 minute', 'system', 'EXTRACTION_STARTED' FROM g",
                "INSERT INTO e SELECT 'L' || i, received_at + INTERVAL '3 minute', 'system', 'EXTRACTION_DONE' FROM g",
                "INSERT INTO e SELECT 'L' || i, received_at + conf_after / 2, 'clerk', 'LETTER_READ' FROM g",
                "INSERT INTO e SELECT 'L' || i, received_at + conf_after / 2, 'clerk', 'EXTRACTION_CORRECTED' FROM g",
                "INSERT INTO e SELECT 'L' || i, received_at + conf_after, 'clerk', 'EXTRACTION_VERIFIED' FROM g WHERE r_status >= 0.02",
                "INSERT INTO e SELECT 'L' || i, received_at + conf_after + scr_after, 'handler' || (i % 12), 'SCREENED' FROM g WHERE r_status >= 0.04",
                "INSERT INTO e SELECT 'L' || i, received_at + conf_after + scr_after, 'handler' || (i % 12), 'SCREENING_READ' FROM g WHERE r_status >= 0.04",
                "INSERT INTO e SELECT 'L' || i, received_at + conf_after + scr_after + rev_after, 'reviewer', 'HIT_CONFIRMED' FROM g WHERE r_status >= 0.04 AND r_hit < 0.12",
                "INSERT INTO e SELECT 'L' || i, received_at + conf_after + scr_after + rev_after, 'reviewer', 'REVIEW_COMPLETED' FROM g WHERE r_status >= 0.04 AND r_hit < 0.12",
                "INSERT INTO e SELECT 'L' || i, received_at + conf_after + scr_after + INTERVAL '1 hour', 'handler' || (i % 12), 'LETTER_EXTENDED' FROM g WHERE r_ext < 0.05",
                "INSERT INTO e SELECT 'L' || i, received_at + conf_after + scr_after, 'handler' || (i % 12), 'REPLY_DRAFTED' FROM g WHERE r_status >= 0.07",
                "INSERT INTO e SELECT letter_id, signed_at, 'officer', 'REPLY_SIGNED_OFF' FROM reply_letter",
                "INSERT INTO e SELECT letter_id, signed_at, 'officer', 'REPLY_READ' FROM reply_letter",
                "INSERT INTO e SELECT letter_id, signed_at + INTERVAL '1 hour', 'registry', 'REPLY_READ' FROM reply_letter",
                "INSERT INTO e SELECT letter_id, signed_at + INTERVAL '2 hour', 'registry', 'REPLY_DISPATCHED' FROM reply_letter WHERE dispatched_on IS NOT NULL",
                "INSERT INTO e SELECT NULL, TIMESTAMPTZ '2026-01-01 08:00:00+08' + (i * 350.0 / " + letters + ") * INTERVAL '1 day', 'handler' || (i % 12), 'LOGIN' FROM g",
                "INSERT INTO audit_event (seq, occurred_at, actor, ip, action, letter_id, detail, prev_hash, hash)"
                        + " SELECT row_number() OVER (ORDER BY occurred_at), occurred_at, actor, '127.0.0.1', action, letter_id,"
                        + " action || ' ' || coalesce(letter_id, ''), md5(random()::text) || md5(random()::text),"
                        + " md5(random()::text) || md5(random()::text) FROM e",
                "VACUUM ANALYZE",
        };
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                long t0 = System.nanoTime();
                s.execute(sql);
                System.out.printf("  %5.1f s  %s%n", (System.nanoTime() - t0) / 1e9, sql.substring(0, Math.min(90, sql.length())));
            }
            try (ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM incoming_letter), (SELECT sum(candidates) FROM screening),"
                    + " (SELECT count(*) FROM reply_letter), (SELECT count(*) FROM audit_event),"
                    + " pg_size_pretty(pg_database_size(current_database()))")) {
                rs.next();
                System.out.printf("generated %,d letters, %,d candidates, %,d replies, %,d audit events; database %s%n",
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5));
            }
        }
    }

    private static void run(PGSimpleDataSource ds, int rounds) throws Exception {
        WorkingDayCalendar calendar = WorkingDayCalendar.of(List.of(CalendarFile.bundled()));
        Instant from = FROM.atStartOfDay(ZONE).toInstant();
        Instant until = TO.plusDays(1).atStartOfDay(ZONE).toInstant();
        try (Connection c = ds.getConnection()) {
            for (Grouping grouping : Grouping.values()) {
                long[] ms = new long[rounds];
                StatisticsReport report = null;
                for (int i = 0; i < rounds; i++) {
                    long t0 = System.nanoTime();
                    // what StatisticsService does: the calendar's ordinals, the two queries, the total
                    WorkingDayOrdinals ordinals = WorkingDayOrdinals.of(calendar, FROM, TODAY);
                    List<GroupStatistics> groups = JdbcStatisticsRepository.groups(c, from, until, grouping, ZONE, TODAY, ordinals);
                    report = StatisticsReport.of(FROM, TO, grouping, TODAY, groups);
                    ms[i] = (System.nanoTime() - t0) / 1_000_000;
                }
                long[] sorted = ms.clone();
                Arrays.sort(sorted);
                var t = report.total();
                System.out.printf("%-8s %4d groups: first %,5d ms, median %,5d ms, max %,5d ms (%d rounds) | letters %,d, candidates %,d,"
                                + " hits %,d, on time %.4f / %.4f, signed→total median %.1f p90 %d%n",
                        grouping == Grouping.NONE ? "total" : grouping.param(), Math.max(1, report.groups().size()), ms[0],
                        sorted[rounds / 2], sorted[rounds - 1], rounds, t.figures().received(), t.figures().candidates(),
                        t.figures().hits(), t.figures().onTimeRateFirst(), t.figures().onTimeRateDue(),
                        t.step(Step.TOTAL).median().orElse(-1.0), t.step(Step.TOTAL).p90().orElse(-1));
            }
        }
    }
}
