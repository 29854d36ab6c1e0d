package com.creditquerydesk.application.statistics;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.application.calendar.CalendarService;
import com.creditquerydesk.application.export.ExportTable;
import com.creditquerydesk.application.export.TableCell;
import com.creditquerydesk.application.export.TableColumn;
import com.creditquerydesk.application.reply.CentreSettings;
import com.creditquerydesk.application.ledger.Period;
import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.domain.model.letter.Channel;
import com.creditquerydesk.domain.model.letter.QueryKind;
import com.creditquerydesk.domain.model.statistics.DurationHistogram;
import com.creditquerydesk.domain.model.statistics.GroupStatistics;
import com.creditquerydesk.domain.model.objection.ObjectionRepository;
import com.creditquerydesk.domain.model.statistics.LetterFigures;
import com.creditquerydesk.domain.model.statistics.ObjectionFigures;
import com.creditquerydesk.domain.model.statistics.Grouping;
import com.creditquerydesk.domain.model.statistics.StatisticsReport;
import com.creditquerydesk.domain.model.statistics.StatisticsRepository;
import com.creditquerydesk.domain.model.statistics.Step;
import com.creditquerydesk.domain.model.statistics.WorkingDayOrdinals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

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

    @Inject
    CentreSettings centre;

    @Inject
    ObjectionRepository objectionRepository;

    public StatisticsReport report(Period period, Grouping grouping) {
        ZoneId zone = calendar.zone();
        LocalDate today = calendar.today();
        WorkingDayOrdinals ordinals = WorkingDayOrdinals.of(calendar.calendar(), period.from(),
                today.isBefore(period.from()) ? period.from() : today);
        List<GroupStatistics> groups = repository.groups(period.start(zone), period.end(zone), grouping, zone, today,
                        ordinals).stream()
                .map(g -> new GroupStatistics(g.key(), label(grouping, g.key(), g.label()), g.figures(), g.steps()))
                .sorted(order(grouping))
                .toList();
        return StatisticsReport.of(period.from(), period.to(), grouping, today, groups);
    }

    /** The objections registered in the period, their outcomes and the working days of their hops (docs/rules.md#R66). */
    @Transactional
    public ObjectionFigures objections(Period period) {
        ZoneId zone = calendar.zone();
        return ObjectionFigures.of(objectionRepository.openedBetween(period.start(zone), period.end(zone)),
                calendar.calendar());
    }

    /**
     * The report as the exported tables, on the trail: the figures (a row per group, then the total) and the working
     * days per step, the same numbers as {@link #report}.
     */
    @Transactional
    public List<ExportTable> export(Actor actor, Period period, Grouping grouping) {
        StatisticsReport report = report(period, grouping);
        audit.record(actor, AuditAction.STATISTICS_EXPORTED, null, "导出服务统计 " + period
                + (grouping == Grouping.NONE ? "" : "，按" + grouping.label()));
        String subtitle = centre.name() + "　　收文期间：" + period + "　　统计日：" + report.asOf();
        List<GroupStatistics> rows = Stream.concat(report.groups().stream(), Stream.of(report.total())).toList();
        List<String> notes = List.of("命中率 = 命中人数 ÷ 查询人数；按期率 = 期限内签发的复函 ÷ 已签发或已逾期未签发的来函（不予受理、作废的不计）。",
                "用时以工作日计（节假日不计、调休上班日计入）：自上一环节完成之日的次日起，至本环节完成之日。");
        return List.of(figuresTable(grouping, subtitle, rows).withNotes(notes), stepsTable(grouping, subtitle, rows),
                objectionsTable(subtitle.replace("收文期间", "异议登记期间"), objections(period)));
    }

    /** The columns of the figures table, in the order of {@link #figuresRow}. */
    private static final List<String> FIGURES = List.of("收文", "已查询来函", "查询人数", "命中人数", "命中记录", "有命中的来函",
            "命中率", "复核未确认的命中", "疑似命中", "已签发", "已发文", "按期（3个工作日）", "按期率（3个工作日）",
            "按期（含延期）", "按期率（含延期）", "延期来函", "延期次数", "不予受理", "作废");

    private static ExportTable figuresTable(Grouping grouping, String subtitle, List<GroupStatistics> groups) {
        List<TableColumn> columns = new ArrayList<>();
        columns.add(TableColumn.of(grouping == Grouping.NONE ? "期间" : grouping.label(), 2.2f));
        FIGURES.forEach(h -> columns.add(TableColumn.of(h)));
        return new ExportTable("服务统计", subtitle, columns, groups.stream().map(StatisticsService::figuresRow).toList())
                .withOrientation(ExportTable.Orientation.LANDSCAPE);
    }

    private static List<TableCell> figuresRow(GroupStatistics g) {
        LetterFigures f = g.figures();
        return List.of(TableCell.text(g.label()), TableCell.count(f.received()), TableCell.count(f.screened()),
                TableCell.count(f.candidates()), TableCell.count(f.hits()), TableCell.count(f.hitRecords()),
                TableCell.count(f.lettersWithHits()), rate(f.hitRate()), TableCell.count(f.overturnedHits()),
                TableCell.count(f.possibleHits()), TableCell.count(f.signed()), TableCell.count(f.dispatched()),
                TableCell.count(f.onTimeFirst()), rate(f.onTimeRateFirst()), TableCell.count(f.onTimeDue()),
                rate(f.onTimeRateDue()), TableCell.count(f.extendedLetters()), TableCell.count(f.extensions()),
                TableCell.count(f.rejected()), TableCell.count(f.voided()));
    }

    private static ExportTable stepsTable(Grouping grouping, String subtitle, List<GroupStatistics> groups) {
        List<TableColumn> columns = List.of(TableColumn.of(grouping == Grouping.NONE ? "期间" : grouping.label(), 2.2f),
                TableColumn.of("环节", 1.4f), TableColumn.of("来函数"), TableColumn.of("中位数（工作日）"),
                TableColumn.of("第90百分位（工作日）"));
        List<List<TableCell>> rows = new ArrayList<>();
        for (GroupStatistics g : groups) {
            for (Step s : Step.values()) {
                DurationHistogram h = g.step(s);
                rows.add(List.of(TableCell.text(g.label()), TableCell.text(s.label()), TableCell.count(h.count()),
                        TableCell.decimal(h.median().map(BigDecimal::valueOf).orElse(null)),
                        h.p90().map(TableCell::count).orElse(TableCell.blank())));
            }
        }
        return new ExportTable("各环节用时", subtitle, columns, rows);
    }

    private static ExportTable objectionsTable(String subtitle, ObjectionFigures o) {
        List<TableColumn> columns = List.of(TableColumn.of("环节", 2.6f), TableColumn.of("已办结"),
                TableColumn.of("中位数（工作日）"), TableColumn.of("第90百分位（工作日）"), TableColumn.of("逾期办结"));
        List<List<TableCell>> rows = o.hops().stream().map(h -> List.of(TableCell.text(h.label()),
                TableCell.count(h.days().count()), TableCell.decimal(h.days().median().map(BigDecimal::valueOf).orElse(null)),
                h.days().p90().map(TableCell::count).orElse(TableCell.blank()), TableCell.count(h.closedLate()))).toList();
        return new ExportTable("异议办理", subtitle, columns, rows).withNotes(List.of("登记异议 " + o.opened() + " 件，其中逾期提出 "
                + o.late() + " 件；维持 " + o.upheld() + " 件，更正 " + o.corrected() + " 件，尚未决定 " + o.undecided() + " 件。",
                "每一环节的用时自上一环节办结之日（提出异议自查询结果送达之日）的次日起，至本环节办结之日，以工作日计。"));
    }

    private static TableCell rate(Double ratio) {
        return ratio == null ? TableCell.blank() : new TableCell.Percent(ratio, 2);
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
