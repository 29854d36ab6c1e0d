package com.creditquerydesk.interfaces.rest.statistics;

import com.creditquerydesk.application.ledger.Period;
import com.creditquerydesk.application.statistics.StatisticsService;
import com.creditquerydesk.domain.model.statistics.Grouping;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.interfaces.rest.auth.Allowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * 服务统计 (docs/rules.md#R74–#R76), for those who oversee the work: the auditor, the system administrator and the
 * principal officer (the figures name units and handlers, never a candidate).
 */
@Path("/statistics")
@Allowed({Role.AUDITOR, Role.ADMINISTRATOR, Role.PRINCIPAL_OFFICER})
public class StatisticsResource {

    @Inject
    StatisticsService statistics;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public StatisticsView report(@QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("groupBy") String groupBy) {
        Period period = Period.parse(from, to);
        return StatisticsView.of(statistics.report(period, Grouping.parse(groupBy)), statistics.objections(period));
    }
}
