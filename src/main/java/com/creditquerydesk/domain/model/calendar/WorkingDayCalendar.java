package com.creditquerydesk.domain.model.calendar;

import com.creditquerydesk.domain.model.calendar.CalendarFile.DayType;
import com.creditquerydesk.domain.shared.DomainException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Working days in mainland China: Monday to Friday unless a statutory holiday, plus the weekend days made into
 * make-up workdays (调休). Deadlines such as the 3 working days of a reply (docs/rules.md#R5)
 * and the objection steps (docs/domain.md#the-letters-path) are counted here (docs/rules.md#R6). A year no calendar file declares is never guessed.
 */
public final class WorkingDayCalendar {

    /** A letter received at or after 17:00 counts as received the next working day. */
    public static final LocalTime CUT_OFF = LocalTime.of(17, 0);

    private final Map<Integer, Map<LocalDate, DayType>> byYear;

    private WorkingDayCalendar(Map<Integer, Map<LocalDate, DayType>> byYear) {
        this.byYear = byYear;
    }

    /**
     * Merges calendar files in order: a file that declares a year replaces what earlier files said about that
     * year, so a corrected or new year is added as a later file without a code change.
     */
    public static WorkingDayCalendar of(List<CalendarFile> files) {
        Map<Integer, Map<LocalDate, DayType>> byYear = new TreeMap<>();
        for (CalendarFile file : files) {
            for (int year : file.years()) {
                byYear.put(year, new HashMap<>());
            }
            for (CalendarFile.Entry e : file.entries()) {
                for (LocalDate d = e.from(); !d.isAfter(e.to()); d = d.plusDays(1)) {
                    byYear.get(d.getYear()).put(d, e.type());
                }
            }
        }
        byYear.replaceAll((year, days) -> Map.copyOf(days));
        return new WorkingDayCalendar(Collections.unmodifiableMap(byYear));
    }

    public SortedSet<Integer> coveredYears() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(byYear.keySet()));
    }

    /** Whether the day is worked; a day of a year no file covers is a DomainException naming the year. */
    public boolean isWorkingDay(LocalDate date) {
        Map<LocalDate, DayType> days = byYear.get(date.getYear());
        if (days == null) {
            throw new DomainException("CALENDAR_YEAR_NOT_COVERED",
                    "工作日历未包含" + date.getYear() + "年的节假日安排，请管理员补充该年的日历文件",
                    "the working-day calendar does not cover " + date.getYear()
                            + "; an administrator must add that year's holiday calendar file");
        }
        DayType listed = days.get(date);
        if (listed != null) {
            return listed == DayType.WORKDAY;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The n-th working day after {@code date} ({@code date} itself for n = 0, whatever kind of day it is). */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate d = date;
        for (int counted = 0; counted < n; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /**
     * The working days a step took from day {@code from} to day {@code to}: the working days after {@code from} up to
     * and including {@code to} (docs/rules.md#R75), so a step done the same day took 0 and one from a Friday to the
     * Monday after took 1. {@code to} before {@code from} is refused.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(to + " is before " + from);
        }
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The last day to answer a letter: received on a working day before 17:00 (in the zone {@code receivedAt} is
     * given in, the centre's), counting starts that day and the due date is the {@code workingDays}-th working day after it; received at or after 17:00
     * or on a day off, counting starts on the next working day.
     */
    public LocalDate dueDate(ZonedDateTime receivedAt, int workingDays) {
        LocalDate day = receivedAt.toLocalDate();
        LocalDate start = isWorkingDay(day) && receivedAt.toLocalTime().isBefore(CUT_OFF) ? day : plusWorkingDays(day, 1);
        return plusWorkingDays(start, workingDays);
    }
}
