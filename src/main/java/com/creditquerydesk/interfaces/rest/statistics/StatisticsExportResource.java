package com.creditquerydesk.interfaces.rest.statistics;

import com.creditquerydesk.application.export.TableExporter;
import com.creditquerydesk.application.ledger.Period;
import com.creditquerydesk.application.statistics.StatisticsService;
import com.creditquerydesk.domain.model.statistics.Grouping;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.interfaces.rest.auth.Allowed;
import com.creditquerydesk.interfaces.rest.auth.CurrentActor;
import com.creditquerydesk.interfaces.rest.common.Downloads;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/statistics.xlsx} and {@code /api/statistics.pdf}: the figures of {@link StatisticsResource} as two
 * tables (the figures per group with the total, the working days per step), for the same readers; audited.
 */
@Path("/statistics.{format:xlsx|pdf}")
@Allowed({Role.AUDITOR, Role.ADMINISTRATOR, Role.PRINCIPAL_OFFICER})
public class StatisticsExportResource {

    @Inject
    StatisticsService statistics;

    @Inject
    TableExporter exporter;

    @Inject
    CurrentActor current;

    @GET
    public Response export(@PathParam("format") String format, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("groupBy") String groupBy) {
        Period period = Period.parse(from, to);
        var tables = statistics.export(current.get(), period, Grouping.parse(groupBy));
        String name = "服务统计-" + period.from() + "-" + period.to() + "." + format;
        return "pdf".equals(format) ? Downloads.attachment(exporter.pdf(tables), TableExporter.PDF, name)
                : Downloads.attachment(exporter.xlsx(tables), TableExporter.XLSX, name);
    }
}
