package com.creditquerydesk.application.calendar;

import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.ServerSettings;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.domain.model.calendar.CalendarFile;
import com.creditquerydesk.domain.model.calendar.WorkingDayCalendar;
import com.creditquerydesk.domain.shared.DomainException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The working-day calendar: the bundled file (2020 onwards) plus any files an administrator added
 * under data/calendar/, later files replacing earlier ones year by year. No code change for a new year.
 */
@ApplicationScoped
public class CalendarService {

    @Inject
    ServerSettings config;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    private volatile WorkingDayCalendar calendar;

    @PostConstruct
    void load() {
        List<CalendarFile> files = new ArrayList<>();
        files.add(CalendarFile.bundled());
        Path dir = directory();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                        files.add(CalendarFile.parse(r));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the calendar files in " + dir, e);
            }
        }
        calendar = WorkingDayCalendar.of(files);
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public ZoneId zone() {
        return config.zone();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    /** The reply is due within 3 working days of receipt (docs/rules.md#R5). */
    public LocalDate dueDate(Instant receivedAt) {
        return calendar.dueDate(receivedAt.atZone(zone()), config.replyWorkingDays());
    }

    /**
     * Adds (or replaces) years of the calendar from a file in the documented line format. The file is
     * parsed before anything is written, so a bad file changes nothing.
     */
    @Transactional
    public WorkingDayCalendar install(Actor actor, String fileText) {
        CalendarFile file = CalendarFile.parse(new StringReader(fileText == null ? "" : fileText));
        if (file.years().isEmpty()) {
            throw new DomainException("CALENDAR_EMPTY", "日历文件中没有任何年份", "the calendar file names no year");
        }
        String years = file.years().stream().sorted().map(String::valueOf).collect(Collectors.joining("-"));
        Path target = directory().resolve(clock.millis() + "-" + years + ".txt");
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, fileText, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        load();
        audit.record(actor, AuditAction.CALENDAR_INSTALLED, null, "更新工作日日历：" + years + " 年");
        return calendar;
    }

    private Path directory() {
        return config.dataDir().resolve("calendar");
    }
}
