package com.creditquerydesk.interfaces.rest.audit;

import com.creditquerydesk.application.search.AuditTrailSearch;
import com.creditquerydesk.application.calendar.CalendarService;
import com.creditquerydesk.application.export.TableExporter;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.interfaces.rest.auth.Allowed;
import com.creditquerydesk.interfaces.rest.auth.CurrentActor;
import com.creditquerydesk.interfaces.rest.common.Downloads;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** {@code GET /api/audit.xlsx}: the events {@link AuditResource#search} selects, as a workbook (docs/rules.md#R94). */
@Path("/audit.xlsx")
@Allowed(Role.AUDITOR)
public class AuditTableResource {

    @Inject
    AuditTrailSearch trail;

    @Inject
    TableExporter exporter;

    @Inject
    CalendarService calendar;

    @Inject
    CurrentActor current;

    @GET
    public Response export(@QueryParam("actor") String actor, @QueryParam("action") String action,
                           @QueryParam("letterId") String letterId, @QueryParam("receiptNumber") String receiptNumber,
                           @QueryParam("from") String from, @QueryParam("to") String to) {
        var table = trail.table(current.get(), AuditResource.query(actor, action, letterId, receiptNumber, from, to,
                calendar.zone()));
        return Downloads.table(exporter, table, "xlsx", "审计记录-" + calendar.today());
    }
}
