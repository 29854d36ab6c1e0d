package com.creditquerydesk.interfaces.rest.ledger;

import com.creditquerydesk.application.calendar.CalendarService;
import com.creditquerydesk.application.ledger.LedgerService;
import com.creditquerydesk.domain.model.ledger.LedgerSettings;
import com.creditquerydesk.application.ledger.Period;
import com.creditquerydesk.application.reply.CentreSettings;
import com.creditquerydesk.domain.model.ledger.LedgerEntry;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.interfaces.rest.auth.Allowed;
import com.creditquerydesk.interfaces.rest.auth.CurrentActor;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 核查登记表 (docs/rules.md#R77): {@code GET /api/ledger?from=YYYY-MM-DD&to=YYYY-MM-DD[&unit=]} and the 应用措施 of a
 * row, {@code PUT /api/ledger/{letterId}/{index}/measure {"measure"}}. The query work and the system administrator
 * read it; neither the security nor the audit administrator does (docs/rules.md#R22). Names and IDs are masked
 * (R77). The exports are {@link LedgerExportResource}.
 */
@Path("/ledger")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.REGISTRY_CLERK, Role.HANDLER, Role.REVIEWER, Role.PRINCIPAL_OFFICER, Role.ADMINISTRATOR})
public class LedgerResource {

    /**
     * One row. {@code filingDeadline}: the day the row is filed by, {@code filed}: its 应用措施 is recorded,
     * {@code filingOverdue}: not filed and the deadline has passed.
     */
    public record Row(String letterId, String receiptNumber, String requestingUnit, String docNumber, int index,
                      String use, String name, String idNumber, String channel, String result, int recordCount,
                      Instant checkedAt, LocalDate filingDeadline, boolean filed, boolean filingOverdue,
                      String measure, String measureRecordedBy, Instant measureRecordedAt, String handler,
                      String phone) {

        static Row of(LedgerEntry e, LocalDate today) {
            var m = e.measure();
            return new Row(e.letterId(), e.receiptNumber(), e.requestingUnit(), e.docNumber(), e.candidateIndex(),
                    e.use(), e.name(), e.idNumber(), e.channel(), e.result(), e.recordCount(), e.checkedAt(),
                    e.filingDeadline(), m.isPresent(), m.isEmpty() && today.isAfter(e.filingDeadline()),
                    m.map(x -> x.measure().text()).orElse(null), m.map(x -> x.recordedBy()).orElse(null),
                    m.map(x -> x.recordedAt()).orElse(null), e.handler(), e.phone());
        }
    }

    public record Ledger(String title, String centre, LocalDate from, LocalDate to, String unit,
                         int filingWorkingDays, String idMask, int total, List<Row> items) {
    }

    public record MeasureChange(String measure) {
    }

    @Inject
    LedgerService ledger;

    @Inject
    LedgerSettings settings;

    @Inject
    CentreSettings centre;

    @Inject
    CalendarService calendar;

    @Inject
    CurrentActor current;

    @GET
    public Ledger list(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("unit") String unit) {
        Period period = Period.parse(from, to);
        LocalDate today = calendar.today();
        List<Row> rows = ledger.entries(period, Optional.ofNullable(unit)).stream().map(e -> Row.of(e, today)).toList();
        return new Ledger("信用信息核查应用情况登记表", centre.name(), period.from(), period.to(),
                unit == null || unit.isBlank() ? null : unit.strip(), settings.filingWorkingDays(),
                settings.idMask().toString(), rows.size(), rows);
    }

    /** 应用措施 as the requesting unit reported it: the registry clerk or the letter's handler; audited. */
    @PUT
    @Path("/{letterId}/{index}/measure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.REGISTRY_CLERK, Role.HANDLER})
    public Row recordMeasure(@PathParam("letterId") String letterId, @PathParam("index") int index,
                             MeasureChange body) {
        if (body == null) {
            throw new DomainException("BODY_REQUIRED", "请求内容为空", "the request body is empty");
        }
        return Row.of(ledger.recordMeasure(current.get(), letterId, index, body.measure()), calendar.today());
    }
}
