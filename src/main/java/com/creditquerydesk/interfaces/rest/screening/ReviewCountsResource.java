package com.creditquerydesk.interfaces.rest.screening;

import com.creditquerydesk.application.screening.ScreeningService;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.interfaces.rest.auth.Allowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * The 命中人数 of the letters a queue shows: {"items": [{"letterId", "flagged", "awaiting"}]} for those of
 * {@code ?letterId=…&letterId=…} that were screened (docs/rules.md#R103). Figures only, no personal data.
 */
@Path("/screening/counts")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewCountsResource {

    /** As many as the longest list page. */
    private static final int MAX_LETTERS = 200;

    @Inject
    ScreeningService screening;

    public record Count(String letterId, int flagged, int awaiting) {
    }

    public record Counts(List<Count> items) {
    }

    @GET
    @Allowed({Role.HANDLER, Role.REVIEWER, Role.PRINCIPAL_OFFICER})
    public Counts get(@QueryParam("letterId") List<String> letterIds) {
        if (letterIds.size() > MAX_LETTERS) {
            throw new DomainException("TOO_MANY_LETTERS", "一次最多查询 " + MAX_LETTERS + " 件来函的命中人数",
                    "at most " + MAX_LETTERS + " letters at a time");
        }
        return new Counts(screening.reviewCounts(letterIds).entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue().flagged(), e.getValue().awaiting())).toList());
    }
}
