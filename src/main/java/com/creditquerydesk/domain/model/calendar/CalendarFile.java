package com.creditquerydesk.domain.model.calendar;

import com.creditquerydesk.domain.shared.DomainException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One holiday calendar file (format in calendar/README.md): {@code year YYYY} lines declaring the years the
 * file fully describes, and {@code DATE[..DATE] holiday|workday [name]} lines. Plain Java, no JSON, so an
 * administrator can edit it in any text editor.
 */
public final class CalendarFile {

    public enum DayType { HOLIDAY, WORKDAY }

    /** An inclusive range of days of one type, e.g. 2026-02-15..2026-02-23 holiday 春节. */
    public record Entry(LocalDate from, LocalDate to, DayType type, String name) {
    }

    static final String BUNDLED = "/calendar/cn-workdays.txt";
    private static final Pattern YEAR = Pattern.compile("year\\s+(\\d{4})");
    private static final Pattern DAYS = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:\\s*\\.\\.\\s*(\\d{4}-\\d{2}-\\d{2}))?\\s+(holiday|workday)(?:\\s+(.*))?");

    private final Set<Integer> years;
    private final List<Entry> entries;

    private CalendarFile(Set<Integer> years, List<Entry> entries) {
        this.years = Set.copyOf(years);
        this.entries = List.copyOf(entries);
    }

    /** The calendar shipped with the application (2020–2026). */
    public static CalendarFile bundled() {
        try (InputStream in = CalendarFile.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + BUNDLED);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a calendar file; a wrong line is a DomainException naming the line (in Chinese and English). */
    public static CalendarFile parse(Reader reader) {
        Set<Integer> years = new TreeSet<>();
        List<Entry> entries = new ArrayList<>();
        Map<LocalDate, Integer> lineOfDay = new HashMap<>();
        Map<Entry, Integer> lineOfEntry = new HashMap<>();
        BufferedReader in = new BufferedReader(reader);
        try {
            int lineNo = 0;
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                String s = stripComment(line).strip();
                if (s.isEmpty()) {
                    continue;
                }
                Matcher y = YEAR.matcher(s);
                if (y.matches()) {
                    years.add(Integer.parseInt(y.group(1)));
                    continue;
                }
                Matcher d = DAYS.matcher(s);
                if (!d.matches()) {
                    throw invalid(lineNo, "应为“year 年份”或“日期[..日期] holiday|workday 名称”",
                            "expected 'year YYYY' or 'DATE[..DATE] holiday|workday name'");
                }
                LocalDate from = date(d.group(1), lineNo);
                LocalDate to = d.group(2) == null ? from : date(d.group(2), lineNo);
                if (to.isBefore(from)) {
                    throw invalid(lineNo, "结束日期早于开始日期", "the range ends before it starts");
                }
                Entry e = new Entry(from, to, DayType.valueOf(d.group(3).toUpperCase()),
                        d.group(4) == null ? "" : d.group(4).strip());
                for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                    Integer earlier = lineOfDay.putIfAbsent(day, lineNo);
                    if (earlier != null) {
                        throw invalid(lineNo, day + "已在第" + earlier + "行列出", day + " is already listed on line " + earlier);
                    }
                }
                entries.add(e);
                lineOfEntry.put(e, lineNo);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Entry e : entries) {
            for (LocalDate day = e.from(); !day.isAfter(e.to()); day = day.plusDays(1)) {
                if (!years.contains(day.getYear())) {
                    throw invalid(lineOfEntry.get(e), day.getYear() + "年未用“year " + day.getYear() + "”声明",
                            "the year " + day.getYear() + " is not declared with 'year " + day.getYear() + "'");
                }
            }
        }
        return new CalendarFile(years, entries);
    }

    /** The years this file fully describes. */
    public Set<Integer> years() {
        return years;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** A # starts a comment at the beginning of a line or after white space (names never contain " #"). */
    private static String stripComment(String line) {
        if (line.stripLeading().startsWith("#")) {
            return "";
        }
        int hash = line.indexOf(" #");
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static LocalDate date(String text, int lineNo) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid(lineNo, "日期不存在：" + text, "no such date: " + text);
        }
    }

    private static DomainException invalid(int lineNo, String zh, String en) {
        return new DomainException("CALENDAR_FILE_INVALID", "工作日历文件第" + lineNo + "行：" + zh,
                "working-day calendar file, line " + lineNo + ": " + en);
    }
}
