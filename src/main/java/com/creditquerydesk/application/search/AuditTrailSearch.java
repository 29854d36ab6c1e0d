package com.creditquerydesk.application.search;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.application.calendar.CalendarService;
import com.creditquerydesk.application.export.ExportTable;
import com.creditquerydesk.application.export.TableCell;
import com.creditquerydesk.application.export.TableColumn;
import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.domain.model.audit.AuditEvent;
import com.creditquerydesk.domain.model.audit.AuditRepository;
import com.creditquerydesk.domain.model.audit.AuditRepository.AuditFilter;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.letter.IncomingLetterRepository;
import com.creditquerydesk.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The auditor's view of the trail (docs/rules.md#R94): events filtered by person, action, time and letter (by its id or
 * its 收文编号), each shown with its letter's 收文编号, and the same selection as a table for XLSX, its export recorded.
 */
@ApplicationScoped
public class AuditTrailSearch {

    /** Most events one table export holds (the signed export has the same limit). */
    static final int MAX_TABLE = AuditService.MAX_EXPORT;

    @Inject
    AuditRepository events;

    @Inject
    IncomingLetterRepository letters;

    @Inject
    AuditService audit;

    @Inject
    CalendarService calendar;

    /**
     * What the auditor asks for; {@code action} is an {@link AuditAction} code (400 for another), {@code receiptNumber}
     * a letter's 收文编号 (a number no letter has finds no event).
     */
    public record Query(String actor, String action, String letterId, String receiptNumber, Instant from, Instant to) {
        public Query {
            if (action != null && AuditAction.ofCode(action).isEmpty()) {
                throw new DomainException("AUDIT_ACTION_UNKNOWN", "没有这种操作类型：" + action, "no such action: " + action);
            }
            if (from != null && to != null && !from.isBefore(to)) {
                throw new DomainException("TIME_RANGE_INVALID", "起始时间应早于截止时间", "the start is not before the end");
            }
        }
    }

    /** An event with its letter's 收文编号 (null for events of no letter). */
    public record Listed(AuditEvent event, String receiptNumber) {
    }

    public record Page(List<Listed> items, long total, int offset, int limit) {
    }

    @Transactional
    public Page search(Query query, int offset, int limit) {
        Optional<AuditFilter> filter = filter(query);
        if (filter.isEmpty()) {
            return new Page(List.of(), 0, offset, limit);
        }
        return new Page(withReceiptNumbers(events.search(filter.get(), offset, limit)), events.count(filter.get()),
                offset, limit);
    }

    /** The selection as a table (newest first, at most {@value #MAX_TABLE} events); the export is recorded. */
    @Transactional
    public ExportTable table(Actor actor, Query query) {
        Optional<AuditFilter> filter = filter(query);
        long total = filter.map(events::count).orElse(0L);
        if (total > MAX_TABLE) {
            throw new DomainException("AUDIT_EXPORT_TOO_LARGE", "一次最多导出 " + MAX_TABLE + " 条审计记录，请缩小时间范围",
                    "at most " + MAX_TABLE + " audit events per export: narrow the period");
        }
        List<Listed> listed = filter.map(f -> withReceiptNumbers(events.search(f, 0, MAX_TABLE))).orElse(List.of());
        List<List<TableCell>> rows = new ArrayList<>();
        for (Listed l : listed) {
            AuditEvent e = l.event();
            rows.add(List.of(TableCell.count(e.seq()),
                    TableCell.moment(e.occurredAt().atZone(calendar.zone()).toLocalDateTime()), TableCell.text(e.actor()),
                    TableCell.text(e.ip()), TableCell.text(AuditAction.ofCode(e.action()).map(AuditAction::label)
                            .orElse(e.action())), TableCell.text(l.receiptNumber()), TableCell.text(e.detail())));
        }
        audit.record(actor, AuditAction.AUDIT_TABLE_EXPORTED, null, "导出审计记录表格 " + listed.size() + " 条（"
                + describe(query) + "）");
        return new ExportTable("审计记录", describe(query), List.of(TableColumn.of("序号", 0.6f), TableColumn.of("时间", 1.3f),
                TableColumn.of("操作人", 0.8f), TableColumn.of("IP", 1f), TableColumn.of("操作", 1.3f),
                TableColumn.of("收文编号", 1f), TableColumn.of("详情", 3f)), rows)
                .withNotes(List.of("共 " + listed.size() + " 条，导出时间 " + calendar.today()));
    }

    /** The repository's filter; empty when a 收文编号 names no letter (nothing can match). */
    private Optional<AuditFilter> filter(Query q) {
        String letterId = q.letterId();
        if (q.receiptNumber() != null) {
            Optional<IncomingLetter> letter = letters.findByReceiptNumber(q.receiptNumber());
            if (letter.isEmpty() || (letterId != null && !letterId.equals(letter.get().id()))) {
                return Optional.empty();
            }
            letterId = letter.get().id();
        }
        return Optional.of(new AuditFilter(q.actor(), q.action(), letterId, q.from(), q.to()));
    }

    private List<Listed> withReceiptNumbers(List<AuditEvent> found) {
        Map<String, String> numbers = new HashMap<>();
        return found.stream().map(e -> new Listed(e, e.letterId() == null ? null : numbers.computeIfAbsent(e.letterId(),
                id -> letters.find(id).map(l -> l.receiptNumber().value()).orElse(null)))).toList();
    }

    private static String describe(Query q) {
        List<String> parts = new ArrayList<>();
        Optional.ofNullable(q.actor()).ifPresent(a -> parts.add("操作人 " + a));
        Optional.ofNullable(q.action()).flatMap(AuditAction::ofCode).ifPresent(a -> parts.add("操作 " + a.label()));
        Optional.ofNullable(q.receiptNumber()).ifPresent(n -> parts.add("收文编号 " + n));
        Optional.ofNullable(q.letterId()).ifPresent(n -> parts.add("来函 " + n));
        Optional.ofNullable(q.from()).ifPresent(t -> parts.add("自 " + t));
        Optional.ofNullable(q.to()).ifPresent(t -> parts.add("至 " + t));
        return parts.isEmpty() ? "全部记录" : String.join("，", parts);
    }
}
