package com.creditquerydesk.interfaces.rest.followups;

import com.creditquerydesk.application.reply.FollowUpLetters;
import com.creditquerydesk.domain.model.followup.CorrectedResult;
import com.creditquerydesk.domain.model.reply.HitRecordRef;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.interfaces.rest.auth.Allowed;
import com.creditquerydesk.interfaces.rest.auth.CurrentActor;
import com.creditquerydesk.interfaces.rest.followups.FollowUpViews.FollowUpView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * The 更正函 of an objection decided 更正 (docs/rules.md#R89), beside ObjectionResource under /objections/{id}: drafted by
 * whoever records the objection, reviewed by a reviewer other than its drafter; signed off under /follow-ups/{id}.
 */
@Path("/objections")
@Produces(MediaType.APPLICATION_JSON)
public class CorrectionResource {

    @Inject
    FollowUpLetters followUps;

    @Inject
    FollowUpViews views;

    @Inject
    CurrentActor current;

    /** One candidate's corrected result: {"serial": 1, "listed": false} or {"serial": 1, "listed": true, "court", "caseNumber"}. */
    public record ResultRequest(Integer serial, Boolean listed, String court, String caseNumber) {
    }

    /** {"results": [...]}; without results, each named candidate the reply listed is corrected to 未发现记录. */
    public record CorrectionRequest(List<ResultRequest> results) {
    }

    @POST
    @Path("/{id}/correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.REGISTRY_CLERK, Role.HANDLER})
    public Response draft(@PathParam("id") String id, CorrectionRequest body) {
        List<CorrectedResult> results = body == null || body.results() == null ? List.of()
                : body.results().stream().map(CorrectionResource::result).toList();
        FollowUpView view = views.view(followUps.draftCorrection(current.get(), id, results));
        return Response.created(URI.create("/api/follow-ups/" + view.id())).entity(view).build();
    }

    @GET
    @Path("/{id}/correction")
    @Allowed({Role.REGISTRY_CLERK, Role.CORRECTION_CLERK, Role.HANDLER, Role.REVIEWER, Role.PRINCIPAL_OFFICER,
            Role.ADMINISTRATOR})
    public FollowUpView get(@PathParam("id") String id) {
        return views.view(followUps.correction(id));
    }

    /** 复核: a reviewer other than the drafter confirms the 更正函. */
    @POST
    @Path("/{id}/correction/review")
    @Allowed(Role.REVIEWER)
    public FollowUpView review(@PathParam("id") String id) {
        return views.view(followUps.review(current.get(), id));
    }

    private static CorrectedResult result(ResultRequest r) {
        if (r == null || r.serial() == null || r.listed() == null) {
            throw new DomainException("CORRECTION_RESULT_INVALID", "每项更正结果须有序号 serial 和是否失信联合惩戒对象 listed",
                    "each corrected result has its serial and listed");
        }
        return r.listed() ? CorrectedResult.listed(r.serial(), new HitRecordRef(r.court(), r.caseNumber()))
                : CorrectedResult.noRecord(r.serial());
    }
}
