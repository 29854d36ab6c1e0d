package com.creditquerydesk.interfaces.rest.objections;

import com.creditquerydesk.interfaces.rest.common.People;
import com.creditquerydesk.interfaces.rest.common.PersonView;
import com.creditquerydesk.application.calendar.CalendarService;
import com.creditquerydesk.application.intake.IntakeService.Upload;
import com.creditquerydesk.application.objection.ObjectionService;
import com.creditquerydesk.application.objection.ObjectionService.Details;
import com.creditquerydesk.domain.model.calendar.WorkingDayCalendar;
import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.domain.model.objection.Decision;
import com.creditquerydesk.domain.model.objection.HopStatus;
import com.creditquerydesk.domain.model.objection.Objection;
import com.creditquerydesk.domain.model.objection.ObjectionHop;
import com.creditquerydesk.domain.model.objection.ObjectionRoute;
import com.creditquerydesk.domain.model.objection.Objector;
import com.creditquerydesk.domain.model.reply.ReplyRow;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.infrastructure.config.AppConfig;
import com.creditquerydesk.interfaces.rest.auth.Allowed;
import com.creditquerydesk.interfaces.rest.auth.CurrentActor;
import com.creditquerydesk.interfaces.rest.common.FormParts;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * 异议 (docs/rules.md#R86–R88). A reply is named by its letter's id ({@code replyId} or {@code letterId}: a letter has
 * one reply). Read by the letter's roles, neither the security nor the audit administrator (R22); each candidate by
 * 序号 and name with his ID masked, whoever reads (R21). Opened and carried on by a registry clerk or the letter's
 * handler.
 */
@Allowed({Role.REGISTRY_CLERK, Role.CORRECTION_CLERK, Role.HANDLER, Role.REVIEWER, Role.PRINCIPAL_OFFICER,
        Role.ADMINISTRATOR})
@Path("/objections")
@Produces(MediaType.APPLICATION_JSON)
public class ObjectionResource {

    @Inject
    ObjectionService objections;

    @Inject
    CalendarService calendar;

    @Inject
    AppConfig config;

    @Inject
    CurrentActor current;

    @Inject
    People people;

    public record CandidateView(int serial, String name, String idNumber) {
    }

    /** {@code party} acts at this hop and passes the objection to {@code to}; {@code overdue} while open past its due date. */
    public record HopView(int step, String party, String partyLabel, String to, String toLabel, String label,
                          Integer limitDays, LocalDate dueDate, String status, String statusLabel, boolean overdue,
                          LocalDate closedOn, boolean closedLate, PersonView closedBy, String note, String documentName,
                          String documentSha256) {
    }

    public record FileView(String name, String mediaType, long size, int pages, String sha256) {
    }

    public record ObjectionView(String id, String letterId, String replyNumber, LocalDate resultOn,
                                List<CandidateView> candidates, String objector, String objectorLabel,
                                LocalDate receivedOn, String route, String routeName, boolean late, FileView file,
                                PersonView openedBy, Instant openedAt, List<HopView> hops, String decision,
                                String decisionLabel, String decisionReason, PersonView decidedBy, Instant decidedAt) {
    }

    public record RouteView(String code, String name, String source, List<String> hops) {
    }

    public record HopRequest(String date, String note) {
    }

    public record OutcomeRequest(String decision, String reason) {
    }

    /** The routes to choose from, with their hops and limits as the route files give them. */
    @GET
    @Path("/routes")
    public List<RouteView> routes() {
        return objections.routes().stream().sorted(java.util.Comparator.comparing(ObjectionRoute::code))
                .map(r -> new RouteView(r.code(), r.name(), r.source(), r.hops().stream().map(h -> h.label()
                        + (h.limitDays() == null ? "" : "（" + h.limitDays() + " 个工作日）")).toList())).toList();
    }

    /** 登记异议: multipart replyId (or letterId), candidates ("1,2" or one part each), objector, receivedOn, route, file. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Allowed({Role.REGISTRY_CLERK, Role.HANDLER})
    public Response open(List<EntityPart> parts) {
        String letterId = FormParts.text(parts, "replyId");
        if (letterId == null || letterId.isBlank()) {
            letterId = FormParts.text(parts, "letterId");
        }
        Details d = objections.open(current.get(), new ObjectionService.OpenRequest(letterId, candidates(parts),
                FormParts.constant(Objector.class, FormParts.text(parts, "objector"), "objector"),
                FormParts.date(FormParts.text(parts, "receivedOn"), "receivedOn"), FormParts.text(parts, "route"),
                upload(parts)));
        return Response.created(URI.create("/api/objections/" + d.objection().id())).entity(view(d)).build();
    }

    @GET
    @Path("/{id}")
    public ObjectionView get(@PathParam("id") String id) {
        return view(objections.find(id));
    }

    /** A letter's objections, the first opened first. */
    @GET
    public List<ObjectionView> ofLetter(@QueryParam("letterId") String letterId) {
        if (letterId == null || letterId.isBlank()) {
            throw new DomainException("LETTER_ID_REQUIRED", "请用 letterId 指明来函", "name the letter with letterId");
        }
        return objections.ofLetter(letterId).stream().map(this::view).toList();
    }

    /** The objection letter as received: to whom the letter's personal data is due (R21). */
    @GET
    @Path("/{id}/file")
    @Produces(MediaType.WILDCARD)
    @Allowed({Role.REGISTRY_CLERK, Role.CORRECTION_CLERK, Role.HANDLER, Role.REVIEWER, Role.PRINCIPAL_OFFICER})
    public Response file(@PathParam("id") String id) {
        byte[] bytes = objections.file(current.get(), id);
        Objection o = objections.find(id).objection();
        String name = Objects.requireNonNullElse(o.file().fileName(), "objection");
        return Response.ok(bytes, o.file().mediaType()).header("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")).build();
    }

    /** Closes hop {@code n} (from 1): multipart date, note and an optional file. */
    @POST
    @Path("/{id}/hops/{n}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Allowed({Role.REGISTRY_CLERK, Role.HANDLER})
    public ObjectionView closeHop(@PathParam("id") String id, @PathParam("n") int n, List<EntityPart> parts) {
        Upload document = FormParts.part(parts, "file").isPresent() ? upload(parts) : null;
        return view(objections.closeHop(current.get(), id, n, FormParts.date(FormParts.text(parts, "date"), "date"),
                document, FormParts.text(parts, "note")));
    }

    /** Closes hop {@code n} (from 1) without a document: {"date": "2026-10-14", "note": "…"}. */
    @POST
    @Path("/{id}/hops/{n}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.REGISTRY_CLERK, Role.HANDLER})
    public ObjectionView closeHop(@PathParam("id") String id, @PathParam("n") int n, HopRequest body) {
        return view(objections.closeHop(current.get(), id, n, FormParts.date(body == null ? null : body.date(), "date"),
                null, body == null ? null : body.note()));
    }

    /** {"decision": "UPHOLD" | "CORRECT", "reason": "…"} (a correction needs its reason). */
    @POST
    @Path("/{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.REGISTRY_CLERK, Role.HANDLER})
    public ObjectionView outcome(@PathParam("id") String id, OutcomeRequest body) {
        return view(objections.decide(current.get(), id, FormParts.constant(Decision.class,
                body == null ? null : body.decision(), "decision"), body == null ? null : body.reason()));
    }

    private Upload upload(List<EntityPart> parts) {
        return FormParts.part(parts, "file").map(p -> new Upload(FormParts.bytes(p, config.uploadLimits().maxBytes()),
                p.getFileName().orElse(null))).orElse(null);
    }

    /** The candidates' numbers: one part "candidates" with "1,2" (or "1、2"), or a part per candidate. */
    private static List<Integer> candidates(List<EntityPart> parts) {
        List<Integer> serials = new ArrayList<>();
        for (EntityPart p : parts == null ? List.<EntityPart>of() : parts) {
            if (!"candidates".equals(p.getName())) {
                continue;
            }
            String text = FormParts.text(List.of(p), "candidates");
            for (String s : text.split("[,，、\\s]+")) {
                if (s.isBlank()) {
                    continue;
                }
                try {
                    serials.add(Integer.valueOf(s.strip()));
                } catch (NumberFormatException e) {
                    throw new DomainException("CANDIDATES_INVALID", "candidates 应为复函中查询对象的序号，如 1,2",
                            "candidates are the candidates' numbers in the reply, such as 1,2");
                }
            }
        }
        return serials;
    }

    private ObjectionView view(Details d) {
        Objection o = d.objection();
        WorkingDayCalendar cal = calendar.calendar();
        LocalDate today = calendar.today();
        List<CandidateView> named = o.candidates().stream().map(serial -> d.replyRows().stream()
                .filter(r -> r.serial() == serial).findFirst().map(ObjectionResource::candidate)
                .orElse(new CandidateView(serial, null, null))).toList();
        List<HopView> hops = new ArrayList<>();
        List<ObjectionHop> all = o.hops();
        for (int i = 0; i < all.size(); i++) {
            ObjectionHop h = all.get(i);
            LocalDate due = o.dueDate(i, cal).orElse(null);
            HopStatus status = o.status(i);
            ObjectionHop.Document doc = h.document();
            hops.add(new HopView(i + 1, h.from().name(), h.from().label(), h.to().name(), h.to().label(), h.label(),
                    h.limitDays(), due, status.name(), status.label(),
                    status == HopStatus.OPEN && due != null && today.isAfter(due), h.closedOn(),
                    h.closed() && due != null && h.closedOn().isAfter(due), people.of(h.closedBy()), h.note(),
                    doc == null ? null : doc.fileName(), doc == null ? null : doc.sha256()));
        }
        return new ObjectionView(o.id(), o.letterId(), o.replyNumber(), o.resultOn(), named, o.objector().name(),
                o.objector().label(), o.receivedOn(), o.routeCode(), o.routeName(), o.late(),
                new FileView(o.file().fileName(), o.file().mediaType(), o.file().size(), o.file().pages(), o.file().sha256()),
                people.of(o.openedBy()), o.openedAt(), hops, o.decision().map(Enum::name).orElse(null),
                o.decision().map(Decision::label).orElse(null), o.decisionReason(), people.of(o.decidedBy()),
                o.decidedAt());
    }

    private static CandidateView candidate(ReplyRow r) {
        return new CandidateView(r.serial(), r.name(), r.idNumber().masked());
    }
}
