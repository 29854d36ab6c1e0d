package com.creditquerydesk.interfaces.rest.screening;

import com.creditquerydesk.application.screening.ScreeningService;
import com.creditquerydesk.domain.model.screening.HitReview.Decision;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.interfaces.rest.auth.Allowed;
import com.creditquerydesk.interfaces.rest.auth.CurrentActor;
import com.creditquerydesk.interfaces.rest.common.People;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Screening a letter's candidates, its results (also "as of" an earlier time), and the review of hits. */
@Path("/letters/{id}/screening")
@Produces(MediaType.APPLICATION_JSON)
public class ScreeningResource {

    @Inject
    ScreeningService screening;

    @Inject
    CurrentActor current;

    @Inject
    People people;

    @POST
    @Allowed(Role.HANDLER)
    public JsonObject screen(@PathParam("id") String id) {
        return ScreeningView.of(screening.screen(current.get(), id), people);
    }

    @GET
    @Allowed({Role.HANDLER, Role.REVIEWER, Role.PRINCIPAL_OFFICER})
    public JsonObject get(@PathParam("id") String id, @QueryParam("asOf") String asOf) {
        Instant at = null;
        if (asOf != null && !asOf.isBlank()) {
            try {
                at = Instant.parse(asOf.strip());
            } catch (DateTimeParseException e) {
                throw new DomainException("TIME_INVALID", "asOf 应为 ISO-8601 时间，例如 2026-03-05T10:00:00+08:00",
                        "asOf is an ISO-8601 time, e.g. 2026-03-05T10:00:00+08:00");
            }
        }
        return ScreeningView.of(screening.get(current.get(), id, at), people);
    }

    public record ReviewRequest(String decision, String note) {
    }

    /** 二次复审: {"decision": "CONFIRM" | "OVERTURN", "note": "..."} by a reviewer who took no earlier step (docs/rules.md#R8). */
    @POST
    @Path("/results/{index}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.REVIEWER)
    public JsonObject review(@PathParam("id") String id, @PathParam("index") int index, ReviewRequest body) {
        Decision decision = Decision.parse(body == null ? null : body.decision());
        return ScreeningView.of(screening.review(current.get(), id, index, decision, body.note()), people);
    }

    public record BatchRequest(List<Integer> results, String note) {
    }

    /**
     * 批量确认: {"results": [1, 3], "note": "..."} confirms these exact hits of the letter, each one reviewed and audited
     * as by {@link #review}; all or none (docs/rules.md#R102).
     */
    @POST
    @Path("/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.REVIEWER)
    public JsonObject confirmHits(@PathParam("id") String id, BatchRequest body) {
        return ScreeningView.of(screening.confirmHits(current.get(), id,
                body == null || body.results() == null ? List.of() : body.results(), body == null ? null : body.note()),
                people);
    }
}
