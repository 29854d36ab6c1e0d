package com.creditquerydesk.application.statistics;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.application.calendar.CalendarService;
import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.domain.model.letter.Channel;
import com.creditquerydesk.domain.model.letter.QueryKind;
import com.creditquerydesk.domain.model.statistics.GroupStatistics;
import com.creditquerydesk.domain.model.statistics.Grouping;
import com.creditquerydesk.domain.model.statistics.StatisticsPeriod;
import com.creditquerydesk.domain.model.statistics.StatisticsReport;
import com.creditquerydesk.domain.model.statistics.StatisticsRepository;
import com.creditquerydesk.domain.model.statistics.WorkingDayOrdinals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * 服务统计 (docs/rules.md#R74–#R76): the figures of the letters received in a period, in total and per group, counted
 * by the database as of today with the working-day calendar. The resource limits who may read them.
 */
@ApplicationScoped
public class StatisticsService {

    @Inject
    StatisticsRepository repository;

    @Inject
    CalendarService calendar;

    @Inject
    AuditService audit;

    public StatisticsReport report(StatisticsPeriod period, Grouping grouping) {
        ZoneId zone = calendar.zone();
        LocalDate today = calendar.today();
        WorkingDayOrdinals ordinals = WorkingDayOrdinals.of(calendar.calendar(), period.from(),
                today.isBefore(period.from()) ? period.from() : today);
        List<GroupStatistics> groups = repository.groups(period.from().atStartOfDay(zone).toInstant(),
                period.to().plusDays(1).atStartOfDay(zone).toInstant(), grouping, zone, today, ordinals).stream()
                .map(g -> new GroupStatistics(g.key(), label(grouping, g.key(), g.label()), g.figures(), g.steps()))
                .sorted(order(grouping))
                .toList();
        return StatisticsReport.of(period, grouping, today, groups);
    }

    /** The report as an export: the same figures, and the export is on the trail. */
    @Transactional
    public StatisticsReport export(Actor actor, StatisticsPeriod period, Grouping grouping) {
        StatisticsReport report = report(period, grouping);
        audit.record(actor, AuditAction.STATISTICS_EXPORTED, null, "导出服务统计 " + period.from() + " 至 " + period.to()
                + (grouping == Grouping.NONE ? "" : "，按" + grouping.label()));
        return report;
    }

    /** Months in order; every other grouping by letters received, most first, then by name. */
    private static Comparator<GroupStatistics> order(Grouping grouping) {
        Comparator<GroupStatistics> byKey = Comparator.comparing(GroupStatistics::key);
        return grouping == Grouping.MONTH ? byKey
                : Comparator.comparingLong((GroupStatistics g) -> -g.figures().received()).thenComparing(byKey);
    }

    private static String label(Grouping grouping, String key, String counted) {
        if (key.isEmpty()) {
            return switch (grouping) {
                case NONE -> Grouping.NONE.label();
                case UNIT -> "（来文单位未识别）";
                case KIND -> "（尚未校对确认）";
                case HANDLER -> "（尚未分派）";
                case CHANNEL -> "（未登记）";
                case MONTH -> key;
            };
        }
        return switch (grouping) {
            case KIND -> QueryKind.valueOf(key).label();
            case CHANNEL -> Channel.valueOf(key).label();
            case MONTH -> key.substring(0, 4) + "-" + key.substring(4);
            default -> counted;
        };
    }
}
