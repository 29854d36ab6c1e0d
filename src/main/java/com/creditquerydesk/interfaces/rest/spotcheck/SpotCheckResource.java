package com.creditquerydesk.interfaces.rest.spotcheck;

import com.creditquerydesk.interfaces.rest.common.People;
import com.creditquerydesk.interfaces.rest.common.PersonView;
import com.creditquerydesk.application.ledger.Period;
import com.creditquerydesk.application.spotcheck.SpotCheckService;
import com.creditquerydesk.domain.model.spotcheck.SampleSize;
import com.creditquerydesk.domain.model.spotcheck.SpotCheck;
import com.creditquerydesk.domain.model.spotcheck.SpotCheckItem;
import com.creditquerydesk.domain.model.spotcheck.Verdict;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.interfaces.rest.auth.Allowed;
import com.creditquerydesk.interfaces.rest.auth.CurrentActor;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * 抽查抽检 (docs/rules.md#R78): {@code POST /api/spot-checks {"from","to","count"|"percent"}}, {@code GET
 * /api/spot-checks[/{id}]}, {@code PUT /api/spot-checks/{id}/items/{n} {"verdict":"CONSISTENT"|"INCONSISTENT","note"}}.
 * For the audit administrator and the 直接负责人 (the service checks the duty); never the system or security
 * administrator.
 */
@Path("/spot-checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({Role.AUDITOR, Role.REVIEWER, Role.PRINCIPAL_OFFICER, Role.HANDLER, Role.REGISTRY_CLERK,
        Role.CORRECTION_CLERK})
public class SpotCheckResource {

    public record Draw(String from, String to, Integer count, Integer percent) {
    }

    public record Judgement(String verdict, String note) {
    }

    public record Item(int number, String letterId, String receiptNumber, String replyNumber, Instant screenedAt,
                       int registerVersion, boolean asOfReproduced, List<String> asOfDifferences, int todayVersion,
                       List<String> todayDifferences, boolean fileIntact, boolean signatureValid, String fileProblem,
                       boolean defect, String verdict, String verdictLabel, String note, PersonView checkedBy,
                       Instant checkedAt) {
        static Item of(SpotCheckItem i, People people) {
            return new Item(i.number(), i.letterId(), i.receiptNumber(), i.replyNumber(), i.screenedAt(),
                    i.registerVersion(), i.asOfReproduced(), i.asOfDifferences(), i.todayVersion(),
                    i.todayDifferences(), i.fileIntact(), i.signatureValid(), i.fileProblem(), i.defect(),
                    i.verdict() == null ? null : i.verdict().name(), i.verdict() == null ? null : i.verdict().label(),
                    i.note(), people.of(i.checkedBy()), i.checkedAt());
        }
    }

    public record View(String id, LocalDate from, LocalDate to, Integer count, Integer percent, String seed,
                       int population, PersonView drawnBy, Instant drawnAt, boolean defect, List<Item> items) {
        static View of(SpotCheck c, People people) {
            return new View(c.id(), c.from(), c.to(), c.sample().count(), c.sample().percent(),
                    Long.toString(c.seed()), c.population(), people.of(c.drawnBy()), c.drawnAt(), c.defect(),
                    c.items().stream().map(i -> Item.of(i, people)).toList());
        }
    }

    @Inject
    SpotCheckService checks;

    @Inject
    CurrentActor current;

    @Inject
    People people;

    @POST
    public Response draw(Draw body) {
        if (body == null) {
            throw new DomainException("BODY_REQUIRED", "请求内容为空", "the request body is empty");
        }
        Period period = Period.parse(body.from(), body.to());
        SpotCheck check = checks.draw(current.get(), period, new SampleSize(body.count(), body.percent()));
        return Response.created(URI.create("/api/spot-checks/" + check.id())).entity(View.of(check, people))
                .build();
    }

    @GET
    public List<View> recent() {
        return checks.recent(current.get()).stream().map(c -> View.of(c, people)).toList();
    }

    @GET
    @Path("/{id}")
    public View get(@PathParam("id") String id) {
        return View.of(checks.get(current.get(), id), people);
    }

    @PUT
    @Path("/{id}/items/{n}")
    public View judge(@PathParam("id") String id, @PathParam("n") int n, Judgement body) {
        if (body == null) {
            throw new DomainException("BODY_REQUIRED", "请求内容为空", "the request body is empty");
        }
        Verdict verdict = body.verdict() == null ? null : Arrays.stream(Verdict.values())
                .filter(v -> v.name().equalsIgnoreCase(body.verdict().strip())).findFirst()
                .orElseThrow(() -> new DomainException("VERDICT_UNKNOWN", "核对结论应为 CONSISTENT（一致）或 INCONSISTENT（不一致）",
                        "a verdict is CONSISTENT or INCONSISTENT"));
        return View.of(checks.judge(current.get(), id, n, verdict, body.note()), people);
    }
}
