package com.creditquerydesk.interfaces.rest.applicants;

import com.creditquerydesk.application.applicants.ApplicantScreeningService;
import com.creditquerydesk.domain.model.applicants.ApplicantList;
import com.creditquerydesk.domain.model.applicants.ApplicantResult;
import com.creditquerydesk.domain.model.applicants.RejectedApplicant;
import com.creditquerydesk.domain.model.screening.HitReview.Decision;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.interfaces.rest.common.People;
import com.creditquerydesk.interfaces.rest.common.PersonView;
import com.creditquerydesk.interfaces.rest.auth.Allowed;
import com.creditquerydesk.interfaces.rest.auth.CurrentActor;
import com.creditquerydesk.interfaces.rest.screening.ScreeningResource.ReviewRequest;
import com.creditquerydesk.interfaces.rest.screening.ScreeningView;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * A letter's applicant list of a unified recruitment (招聘人员名单, docs/rules.md#R40–R42): upload and screening by the
 * letter's handler, its state, the rows not screened, the hits and their second review, and the result workbook.
 */
@Path("/letters/{id}/applicants")
@Produces(MediaType.APPLICATION_JSON)
public class ApplicantListResource {

    public record CountsView(long rowsRead, long applicants, long rejected, long matched) {
    }

    /** No personal data: what every person on the letter may see, also while the list is read ({@code rowsRead}). */
    public record ListView(String id, String letterId, String fileName, String status, int registerVersion,
                           PersonView uploadedBy, Instant uploadedAt, Instant finishedAt, CountsView counts, String error,
                           String errorEn) {
        static ListView of(ApplicantList l, People people) {
            var c = l.counts();
            return new ListView(l.id(), l.letterId(), l.fileName(), l.status().name(), l.registerVersion(),
                    people.of(l.uploadedBy()),
                    l.uploadedAt(), l.finishedAt(), new CountsView(c.rowsRead(), c.applicants(), c.rejected(), c.matched()),
                    l.errorZh(), l.errorEn());
        }
    }

    public record RejectedView(long row, String name, String idNumber, String code, String reason, String reasonEn) {
        static RejectedView of(RejectedApplicant r) {
            return new RejectedView(r.row(), r.name(), r.maskedId(), r.code(), r.reasonZh(), r.reasonEn());
        }
    }

    @Inject
    ApplicantScreeningService applicants;

    @Inject
    CurrentActor current;

    @Inject
    People people;

    /** Multipart, part "file": XLSX or CSV with the columns 姓名 and 身份证号码. Answers once every row is screened. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Allowed(Role.HANDLER)
    public ListView upload(@PathParam("id") String id, List<EntityPart> parts) throws IOException {
        EntityPart file = (parts == null ? List.<EntityPart>of() : parts).stream().filter(p -> "file".equals(p.getName()))
                .findFirst().orElseThrow(() -> new DomainException("FILE_REQUIRED", "请在表单字段 file 中上传招聘人员名单",
                        "upload the applicant list in the form part named file"));
        try (InputStream in = file.getContent()) {
            return ListView.of(applicants.screen(current.get(), id, in, file.getFileName().orElse("applicants")),
                    people);
        }
    }

    @GET
    @Allowed({Role.HANDLER, Role.REVIEWER, Role.PRINCIPAL_OFFICER})
    public ListView status(@PathParam("id") String id) {
        return ListView.of(applicants.status(id), people);
    }

    /** The rows not screened and why, in row order after {@code after}, at most {@code limit} (1,000). */
    @GET
    @Path("/rejected")
    @Allowed(Role.HANDLER)
    public List<RejectedView> rejected(@PathParam("id") String id, @QueryParam("after") @DefaultValue("0") long after,
                                       @QueryParam("limit") @DefaultValue("100") int limit) {
        return applicants.rejected(current.get(), id, after, limit).stream().map(RejectedView::of).toList();
    }

    /** The hits in row order after {@code after}; each one's {@code index} is its row in the uploaded file. */
    @GET
    @Path("/hits")
    @Allowed({Role.HANDLER, Role.REVIEWER, Role.PRINCIPAL_OFFICER})
    public JsonArray hits(@PathParam("id") String id, @QueryParam("after") @DefaultValue("0") long after,
                          @QueryParam("limit") @DefaultValue("100") int limit) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        applicants.hits(current.get(), id, after, limit).forEach(h -> out.add(ScreeningView.of(h, people)));
        return out.build();
    }

    /** 二次复审 of the hit in that row: {"decision": "CONFIRM" | "OVERTURN", "note": "..."} (docs/rules.md#R8). */
    @POST
    @Path("/hits/{row}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.REVIEWER)
    public JsonObject review(@PathParam("id") String id, @PathParam("row") int row, ReviewRequest body) {
        Decision decision = Decision.parse(body == null ? null : body.decision());
        return ScreeningView.of(applicants.review(current.get(), id, row, decision, body.note()), people);
    }

    /** The result workbook (docs/rules.md#R42), once every hit has had its second review. */
    @GET
    @Path("/result.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Allowed(Role.HANDLER)
    public Response result(@PathParam("id") String id) {
        ApplicantResult result = applicants.result(current.get(), id);
        StreamingOutput body = out -> applicants.writeResult(id, result, out);
        String name = "查询结果-" + result.receiptNumber() + ".xlsx";
        return Response.ok(body).header("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")).build();
    }
}
