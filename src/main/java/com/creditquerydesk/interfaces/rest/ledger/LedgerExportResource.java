package com.creditquerydesk.interfaces.rest.ledger;

import com.creditquerydesk.application.export.TableExporter;
import com.creditquerydesk.application.ledger.LedgerService;
import com.creditquerydesk.application.ledger.Period;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.interfaces.rest.auth.Allowed;
import com.creditquerydesk.interfaces.rest.common.Downloads;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.util.Optional;

/** {@code GET /api/ledger.xlsx} and {@code /api/ledger.pdf}: the 核查登记表 of {@link LedgerResource}, with the centre's name. */
@Path("/ledger.{format:xlsx|pdf}")
@Allowed({Role.REGISTRY_CLERK, Role.HANDLER, Role.REVIEWER, Role.PRINCIPAL_OFFICER, Role.ADMINISTRATOR})
public class LedgerExportResource {

    @Inject
    LedgerService ledger;

    @Inject
    TableExporter exporter;

    @GET
    public Response export(@PathParam("format") String format, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("unit") String unit) {
        Period period = Period.parse(from, to);
        Optional<String> u = Optional.ofNullable(unit);
        return Downloads.table(exporter, ledger.table(period, u, ledger.entries(period, u)), format,
                "核查登记表-" + period.from() + "-" + period.to());
    }
}
