package com.creditquerydesk.interfaces.rest.reply;

import com.creditquerydesk.application.reply.ReplyDispatch;
import com.creditquerydesk.application.reply.ReplyDownloads;
import com.creditquerydesk.application.reply.ReplyDrafting;
import com.creditquerydesk.application.reply.ReplySignOff;
import com.creditquerydesk.domain.model.letter.Channel;
import com.creditquerydesk.domain.model.reply.ReplyLetter;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import com.creditquerydesk.interfaces.rest.auth.Allowed;
import com.creditquerydesk.interfaces.rest.auth.CurrentActor;
import com.creditquerydesk.interfaces.rest.common.People;
import com.creditquerydesk.interfaces.rest.common.PersonView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The reply letter (paths under /letters/{id}/… beside LetterResource, so that /letters/{id} itself stays
 * LetterResource's): drafting (handler), sign-off or return (principal officer), dispatch (registry). */
@Path("/letters")
@Produces(MediaType.APPLICATION_JSON)
public class ReplyResource {

    public record ReplyJson(String letterId, String kind, String status, String number, Instant draftedAt,
                            PersonView draftedBy, Instant signedAt, PersonView signedBy, String verificationCode,
                            String sha256, String returnComment, LocalDate dispatchedOn, String dispatchChannel) {
        static ReplyJson of(ReplyLetter r, People people) {
            return new ReplyJson(r.letterId(), r.kind().name(), r.status().name(), r.replyNumber(), r.draftedAt(),
                    people.of(r.draftedBy()), r.signedAt(), people.of(r.signedBy()), r.verificationCode(), r.signedPdfSha256(),
                    r.returnComment(), r.dispatchedOn(), r.dispatchChannel() == null ? null : r.dispatchChannel().value());
        }
    }

    /** The password again and, where the account needs one, the answer to POST /api/auth/confirmation's challenge. */
    public record SignOff(String password, String challenge, String code) {
    }

    public record ReturnRequest(String comment) {
    }

    public record DispatchRequest(String date, String channel) {
    }

    @Inject
    ReplyDrafting drafting;

    @Inject
    ReplySignOff signing;

    @Inject
    ReplyDispatch dispatching;

    @Inject
    ReplyDownloads replies;

    @Inject
    CurrentActor current;

    @Inject
    People people;

    @POST
    @Path("/{id}/reply")
    @Allowed(Role.HANDLER)
    public ReplyJson draft(@PathParam("id") String id) {
        return ReplyJson.of(drafting.draft(current.get(), id), people);
    }

    /** Who drafted and signed it, its number: for the letter's roles, not the security or audit administrator (R22). */
    @GET
    @Path("/{id}/reply")
    @Allowed({Role.REGISTRY_CLERK, Role.CORRECTION_CLERK, Role.HANDLER, Role.REVIEWER, Role.PRINCIPAL_OFFICER,
            Role.ADMINISTRATOR})
    public ReplyJson get(@PathParam("id") String id) {
        return ReplyJson.of(replies.find(id).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "NO_REPLY",
                "该来函尚无复函", "the letter has no reply yet")), people);
    }

    @GET
    @Path("/{id}/reply.pdf")
    @Produces("application/pdf")
    @Allowed({Role.HANDLER, Role.PRINCIPAL_OFFICER, Role.REGISTRY_CLERK})
    public Response pdf(@PathParam("id") String id) {
        return Response.ok(replies.pdf(current.get(), id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"reply.pdf\"").build();
    }

    @GET
    @Path("/{id}/reply.docx")
    @Produces("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    @Allowed({Role.HANDLER, Role.PRINCIPAL_OFFICER, Role.REGISTRY_CLERK})
    public Response docx(@PathParam("id") String id) {
        return Response.ok(replies.docx(current.get(), id),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .header("Content-Disposition", "attachment; filename=\"reply.docx\"").build();
    }

    /** 签发: the principal officer re-enters his password. */
    @POST
    @Path("/{id}/sign-off")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.PRINCIPAL_OFFICER)
    public ReplyJson signOff(@PathParam("id") String id, SignOff body) {
        return ReplyJson.of(signing.signOff(current.get(), id,
                body == null || body.password() == null ? null : body.password().toCharArray(),
                body == null ? null : body.challenge(), body == null ? null : body.code()), people);
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.PRINCIPAL_OFFICER)
    public ReplyJson returnToHandler(@PathParam("id") String id, ReturnRequest body) {
        return ReplyJson.of(signing.returnToHandler(current.get(), id, body == null ? null : body.comment()), people);
    }

    /** 发文登记: {"date": "2026-03-09", "channel": "paper" | "electronic"}. */
    @POST
    @Path("/{id}/dispatch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.REGISTRY_CLERK)
    public ReplyJson dispatch(@PathParam("id") String id, DispatchRequest body) {
        LocalDate date = null;
        if (body != null && body.date() != null && !body.date().isBlank()) {
            try {
                date = LocalDate.parse(body.date().strip());
            } catch (DateTimeParseException e) {
                throw new DomainException("DATE_INVALID", "发文日期应为 YYYY-MM-DD", "the date is YYYY-MM-DD");
            }
        }
        return ReplyJson.of(dispatching.dispatch(current.get(), id, date, Channel.parse(body == null ? null : body.channel())),
                people);
    }
}
