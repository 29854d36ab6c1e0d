package com.creditquerydesk.interfaces.rest.followups;

import com.creditquerydesk.application.reply.FollowUpLetters;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.interfaces.rest.auth.Allowed;
import com.creditquerydesk.interfaces.rest.auth.CurrentActor;
import com.creditquerydesk.interfaces.rest.followups.FollowUpViews.FollowUpView;
import jakarta.inject.Inject;
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
 * A letter's 不予受理告知 (docs/rules.md#R91), beside LetterResource under /letters/{id}: drafted by a registry clerk or
 * the letter's handler once the letter is refused; signed off under /follow-ups/{id}. And the letter's 更正函 and notices.
 */
@Path("/letters")
@Produces(MediaType.APPLICATION_JSON)
public class RefusalNoticeResource {

    @Inject
    FollowUpLetters followUps;

    @Inject
    FollowUpViews views;

    @Inject
    CurrentActor current;

    @POST
    @Path("/{id}/refusal-notice")
    @Allowed({Role.REGISTRY_CLERK, Role.HANDLER})
    public Response draft(@PathParam("id") String id) {
        FollowUpView view = views.view(followUps.draftRefusalNotice(current.get(), id));
        return Response.created(URI.create("/api/follow-ups/" + view.id())).entity(view).build();
    }

    /** The letter's 更正函 and 不予受理告知, the first drafted first. */
    @GET
    @Path("/{id}/follow-ups")
    @Allowed({Role.REGISTRY_CLERK, Role.CORRECTION_CLERK, Role.HANDLER, Role.REVIEWER, Role.PRINCIPAL_OFFICER,
            Role.ADMINISTRATOR})
    public List<FollowUpView> ofLetter(@PathParam("id") String id) {
        return followUps.ofLetter(id).stream().map(views::view).toList();
    }
}
