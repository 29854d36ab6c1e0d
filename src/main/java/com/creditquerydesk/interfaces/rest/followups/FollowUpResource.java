package com.creditquerydesk.interfaces.rest.followups;

import com.creditquerydesk.application.reply.FollowUpLetters;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.interfaces.rest.auth.Allowed;
import com.creditquerydesk.interfaces.rest.auth.CurrentActor;
import com.creditquerydesk.interfaces.rest.followups.FollowUpViews.FollowUpView;
import com.creditquerydesk.interfaces.rest.reply.ReplyResource.SignOff;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The letters issued after a reply, 更正函 and 不予受理告知 (docs/rules.md#R89–R91): what waits for the caller, the PDF and
 * the sign-off. Drafted under /objections/{id}/correction and /letters/{id}/refusal-notice.
 */
@Path("/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpResource {

    @Inject
    FollowUpLetters followUps;

    @Inject
    FollowUpViews views;

    @Inject
    CurrentActor current;

    /** What waits for the caller: the 更正函 to review (a reviewer), what awaits the sign-off (a principal officer). */
    @GET
    @Allowed({Role.REVIEWER, Role.PRINCIPAL_OFFICER})
    public List<FollowUpView> waiting() {
        return followUps.waitingFor(current.get()).stream().map(views::view).toList();
    }

    @GET
    @Path("/{id}")
    @Allowed({Role.REGISTRY_CLERK, Role.CORRECTION_CLERK, Role.HANDLER, Role.REVIEWER, Role.PRINCIPAL_OFFICER,
            Role.ADMINISTRATOR})
    public FollowUpView get(@PathParam("id") String id) {
        return views.view(followUps.get(id));
    }

    /** The draft (marked 草稿) until signed, then the signed PDF/A. */
    @GET
    @Path("/{id}/pdf")
    @Produces("application/pdf")
    @Allowed({Role.REGISTRY_CLERK, Role.HANDLER, Role.REVIEWER, Role.PRINCIPAL_OFFICER})
    public Response pdf(@PathParam("id") String id) {
        return Response.ok(followUps.pdf(current.get(), id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"letter.pdf\"").build();
    }

    /** 签发: the principal officer re-enters his password, as for a reply. */
    @POST
    @Path("/{id}/sign-off")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.PRINCIPAL_OFFICER)
    public FollowUpView signOff(@PathParam("id") String id, SignOff body) {
        return views.view(followUps.signOff(current.get(), id,
                body == null || body.password() == null ? null : body.password().toCharArray(),
                body == null ? null : body.challenge(), body == null ? null : body.code()));
    }
}
