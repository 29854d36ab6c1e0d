package com.creditquerydesk.infrastructure.statistics;

import com.creditquerydesk.domain.model.letter.LetterStatus;
import com.creditquerydesk.domain.model.statistics.DurationHistogram;
import com.creditquerydesk.domain.model.statistics.GroupStatistics;
import com.creditquerydesk.domain.model.statistics.Grouping;
import com.creditquerydesk.domain.model.statistics.LetterFigures;
import com.creditquerydesk.domain.model.statistics.StatisticsRepository;
import com.creditquerydesk.domain.model.statistics.Step;
import com.creditquerydesk.domain.model.statistics.WorkingDayOrdinals;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The statistics as one aggregate statement over the period's letters (docs/rules.md#R74–#R76), never loading them:
 * it counts each group's figures and how many letters took each number of working days per step. Step times
 * come from the letter, its screening and reply and, for confirmation and review, from the audit trail (index
 * {@code audit_event_action_time}, V127); working days from the calendar's ordinals, joined as an array.
 */
@ApplicationScoped
public class JdbcStatisticsRepository implements StatisticsRepository {

    @Resource(lookup = "java:jboss/datasources/CqdDS")
    DataSource dataSource;

    /** Closed statuses: such a letter is never late unless its reply was signed late (docs/rules.md#R76). */
    private static final String CLOSED = Arrays.stream(LetterStatus.values()).filter(LetterStatus::isClosed)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));

    @Override
    public List<GroupStatistics> groups(Instant from, Instant until, Grouping grouping, ZoneId zone, LocalDate today,
                                        WorkingDayOrdinals calendar) {
        try (Connection c = dataSource.getConnection()) {
            return groups(c, from, until, grouping, zone, today, calendar);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot compute the statistics", e);
        }
    }

    /** The same on a given connection (the benchmark's). */
    public static List<GroupStatistics> groups(Connection c, Instant from, Instant until, Grouping grouping,
                                               ZoneId zone, LocalDate today, WorkingDayOrdinals calendar)
            throws SQLException {
        Dialect dialect = Dialect.of(c);
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, LetterFigures> figures = new HashMap<>();
        Map<String, Map<Step, Map<Integer, Long>>> durations = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(query(dialect, grouping, zone, today, calendar))) {
            ps.setArray(1, c.createArrayOf(dialect.intType, calendar.ordinals().toArray()));
            ps.setTimestamp(2, Timestamp.from(from));
            ps.setTimestamp(3, Timestamp.from(from));
            ps.setTimestamp(4, Timestamp.from(until));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(2);
                    if (rs.getString(1).equals("F")) {
                        labels.put(key, rs.getString(3));
                        long[] n = new long[18];
                        for (int i = 0; i < n.length; i++) {
                            n[i] = rs.getLong(6 + i);
                        }
                        figures.put(key, new LetterFigures(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9],
                                n[10], n[11], n[12], n[13], n[14], n[15], n[16], n[17]));
                    } else {
                        durations.computeIfAbsent(key, k -> new EnumMap<>(Step.class))
                                .computeIfAbsent(Step.valueOf(rs.getString(4)), s -> new HashMap<>())
                                .put(rs.getInt(5), rs.getLong(6));
                    }
                }
            }
        }
        List<GroupStatistics> groups = new ArrayList<>();
        labels.forEach((key, label) -> {
            Map<Step, DurationHistogram> steps = new EnumMap<>(Step.class);
            durations.getOrDefault(key, Map.of()).forEach((step, h) -> steps.put(step, DurationHistogram.of(h)));
            groups.add(new GroupStatistics(key, label, figures.get(key), steps));
        });
        return groups;
    }

    /**
     * One statement: the period's letters once, one row each ({@code d}: the group, the status, the days of each step in
     * the centre's zone and their working-day ordinals, the due dates, the counts of its screening or applicant list
     * and its extensions), then per group a row 'F' of the 18 counts of {@link LetterFigures} in order, and rows 'D' of
     * how many letters took how many working days per step (docs/rules.md#R75).
     */
    private static String query(Dialect d, Grouping grouping, ZoneId zone, LocalDate today, WorkingDayOrdinals calendar) {
        String z = zone.getId().replace("'", "''");
        String received = d.localDate("il.received_at", z);
        String key = switch (grouping) {
            case NONE -> "''";
            case UNIT -> "COALESCE(il.requesting_unit, '')";
            case KIND -> "COALESCE(il.query_kind, '')";
            case HANDLER -> "COALESCE(il.handler, '')";
            case CHANNEL -> "COALESCE(il.channel, '')";
            case MONTH -> "CAST(EXTRACT(YEAR FROM " + received + ") * 100 + EXTRACT(MONTH FROM " + received
                    + ") AS VARCHAR(6))";
        };
        String label = grouping == Grouping.HANDLER ? "COALESCE(u.display_name, il.handler, '')" : key;
        LocalDate first = calendar.days().get(0);
        int days = calendar.days().size();
        String open = "status NOT IN (" + CLOSED + ")";
        String t = "DATE '" + today + "'";
        String noText = "CAST(NULL AS VARCHAR(200))";
        String noInt = "CAST(NULL AS INTEGER)";
        return "WITH cal AS (SELECT " + d.intArray + " AS ords),"
                + " ev AS (SELECT a.letter_id,"
                + " MAX(CASE WHEN a.action = 'EXTRACTION_VERIFIED' THEN a.occurred_at END) AS confirmed_at,"
                + " MAX(CASE WHEN a.action = 'REVIEW_COMPLETED' THEN a.occurred_at END) AS reviewed_at,"
                + " SUM(CASE WHEN a.action = 'LETTER_EXTENDED' THEN 1 ELSE 0 END) AS extensions"
                + " FROM audit_event a WHERE a.action IN ('EXTRACTION_VERIFIED', 'REVIEW_COMPLETED', 'LETTER_EXTENDED')"
                + " AND a.occurred_at >= ? GROUP BY a.letter_id),"
                + " l AS (SELECT " + key + " AS g_key, " + label + " AS g_label, il.status,"
                + " " + received + " AS d_recv,"
                + " " + d.localDate("ev.confirmed_at", z) + " AS d_conf,"
                + " " + d.localDate("COALESCE(s.screened_at, al.finished_at)", z) + " AS d_scr,"
                + " " + d.localDate("ev.reviewed_at", z) + " AS d_rev,"
                + " " + d.localDate("r.signed_at", z) + " AS d_sign,"
                + " r.dispatched_on AS d_disp,"
                + " COALESCE(il.original_due_date, il.due_date) AS first_due, il.due_date, il.original_due_date,"
                + " CASE WHEN s.letter_id IS NOT NULL OR al.letter_id IS NOT NULL THEN 1 ELSE 0 END AS screened,"
                + " CASE WHEN s.letter_id IS NOT NULL THEN s.candidates ELSE al.applicants END AS candidates,"
                + " CASE WHEN s.letter_id IS NOT NULL THEN s.hits ELSE al.matched END AS hits,"
                + " s.hit_records, s.possible_hits, s.overturned_hits, COALESCE(ev.extensions, 0) AS extensions"
                + " FROM incoming_letter il"
                + " LEFT JOIN screening s ON s.letter_id = il.id"
                + " LEFT JOIN applicant_list al ON al.letter_id = il.id AND al.status = 'DONE'"
                + " LEFT JOIN reply_letter r ON r.letter_id = il.id AND r.signed_at IS NOT NULL"
                + " LEFT JOIN ev ON ev.letter_id = il.id"
                + (grouping == Grouping.HANDLER ? " LEFT JOIN app_user u ON u.username = il.handler" : "")
                + " WHERE il.received_at >= ? AND il.received_at < ?),"
                + " d AS (SELECT l.*, " + d.ordinal("l.d_recv", first, days) + " AS o_recv, "
                + d.ordinal("l.d_conf", first, days) + " AS o_conf, " + d.ordinal("l.d_scr", first, days) + " AS o_scr, "
                + d.ordinal("l.d_rev", first, days) + " AS o_rev, " + d.ordinal("l.d_sign", first, days) + " AS o_sign, "
                + d.ordinal("l.d_disp", first, days) + " AS o_disp FROM l CROSS JOIN cal)"
                + " SELECT 'F', g_key, MAX(g_label), " + noText + ", " + noInt + ", COUNT(*), SUM(screened),"
                + " COALESCE(SUM(candidates), 0), COALESCE(SUM(hits), 0), COALESCE(SUM(hit_records), 0),"
                + " SUM(CASE WHEN hits > 0 THEN 1 ELSE 0 END), COALESCE(SUM(possible_hits), 0),"
                + " COALESCE(SUM(overturned_hits), 0),"
                + " SUM(CASE WHEN d_sign IS NOT NULL THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN d_disp IS NOT NULL THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN d_sign <= first_due THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN d_sign IS NOT NULL OR " + open + " AND " + t + " > first_due THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN d_sign <= due_date THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN d_sign IS NOT NULL OR " + open + " AND " + t + " > due_date THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN original_due_date IS NOT NULL THEN 1 ELSE 0 END), SUM(extensions),"
                + " SUM(CASE WHEN status = 'REJECTED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN status = 'VOIDED' THEN 1 ELSE 0 END)"
                + " FROM d GROUP BY g_key"
                + " UNION ALL SELECT 'D', g_key, " + noText + ", step, days, COUNT(*)" + ", 0".repeat(17) + " FROM ("
                + " SELECT g_key, 'CONFIRM' AS step, o_conf - o_recv AS days FROM d WHERE o_conf IS NOT NULL AND o_recv IS NOT NULL"
                + " UNION ALL SELECT g_key, 'SCREEN', o_scr - o_conf FROM d WHERE o_scr IS NOT NULL AND o_conf IS NOT NULL"
                + " UNION ALL SELECT g_key, 'REVIEW', o_rev - o_scr FROM d WHERE o_rev IS NOT NULL AND o_scr IS NOT NULL"
                + " UNION ALL SELECT g_key, 'SIGN', o_sign - COALESCE(o_rev, o_scr) FROM d"
                + " WHERE o_sign IS NOT NULL AND COALESCE(o_rev, o_scr) IS NOT NULL"
                + " UNION ALL SELECT g_key, 'DISPATCH', o_disp - o_sign FROM d WHERE o_disp IS NOT NULL AND o_sign IS NOT NULL"
                + " UNION ALL SELECT g_key, 'TOTAL', o_sign - o_recv FROM d WHERE o_sign IS NOT NULL AND o_recv IS NOT NULL"
                + ") x WHERE days >= 0 GROUP BY g_key, step, days";
    }

    /** What PostgreSQL and H2 write differently: the calendar's array, its look-up, a timestamp's day in a zone. */
    private enum Dialect {
        POSTGRES("CAST(? AS integer[])", "integer"),
        H2("CAST(? AS INTEGER ARRAY)", "INTEGER");

        final String intArray;
        final String intType;

        Dialect(String intArray, String intType) {
            this.intArray = intArray;
            this.intType = intType;
        }

        static Dialect of(Connection c) throws SQLException {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres") ? POSTGRES : H2;
        }

        /** The day of a timestamp with time zone in {@code zone} (H2's cast would take the session's zone). */
        String localDate(String column, String zone) {
            return this == POSTGRES ? "CAST(" + column + " AT TIME ZONE '" + zone + "' AS DATE)"
                    : "CAST(LEFT(CAST(" + column + " AT TIME ZONE '" + zone + "' AS VARCHAR), 10) AS DATE)";
        }

        /** The ordinal of a day in {@code cal.ords}, whose first element is {@code first}'s; null outside it. */
        String ordinal(String date, LocalDate first, int days) {
            if (this == POSTGRES) {
                return "cal.ords[(" + date + " - DATE '" + first + "') + 1]";
            }
            String i = "DATEDIFF(DAY, DATE '" + first + "', " + date + ")";
            return "CASE WHEN " + i + " BETWEEN 0 AND " + (days - 1) + " THEN ARRAY_GET(cal.ords, " + i + " + 1) END";
        }
    }
}
