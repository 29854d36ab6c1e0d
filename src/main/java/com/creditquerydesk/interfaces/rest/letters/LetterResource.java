package com.creditquerydesk.interfaces.rest.letters;

import com.creditquerydesk.application.calendar.CalendarService;
import com.creditquerydesk.application.extraction.CorrectionService;
import com.creditquerydesk.application.extraction.ExtractionService;
import com.creditquerydesk.application.intake.AssignmentService;
import com.creditquerydesk.application.intake.ExtensionService;
import com.creditquerydesk.application.intake.RejectionService;
import com.creditquerydesk.application.intake.UrgeService;
import com.creditquerydesk.domain.model.letter.ContactChannel;
import com.creditquerydesk.domain.model.letter.RejectionReason;
import com.creditquerydesk.application.intake.IntakeService;
import com.creditquerydesk.domain.model.extraction.ExtractionResult;
import com.creditquerydesk.infrastructure.extraction.ExtractionJson;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonObject;
import jakarta.ws.rs.PUT;
import com.creditquerydesk.application.intake.LetterQueryService;
import com.creditquerydesk.domain.model.letter.Channel;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.letter.StoredFile;
import com.creditquerydesk.domain.model.letter.IncomingLetterRepository.LetterFilter;
import com.creditquerydesk.domain.model.letter.LetterSort;
import com.creditquerydesk.domain.model.letter.LetterStatus;
import com.creditquerydesk.domain.model.candidate.SearchTerm;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import com.creditquerydesk.infrastructure.config.AppConfig;
import com.creditquerydesk.interfaces.rest.auth.Allowed;
import com.creditquerydesk.interfaces.rest.common.FormParts;
import com.creditquerydesk.interfaces.rest.common.People;
import com.creditquerydesk.interfaces.rest.common.PersonView;
import com.creditquerydesk.interfaces.rest.auth.CurrentActor;
import jakarta.inject.Inject;
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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

// Letters are the query work's and the system administrator's (who reassigns them); neither the security nor the
// audit administrator reads them (docs/rules.md#R22).
@Allowed({Role.REGISTRY_CLERK, Role.CORRECTION_CLERK, Role.HANDLER, Role.REVIEWER, Role.PRINCIPAL_OFFICER,
        Role.ADMINISTRATOR})
@Path("/letters")
@Produces(MediaType.APPLICATION_JSON)
public class LetterResource {

    @Inject
    IntakeService intake;

    @Inject
    LetterQueryService query;

    @Inject
    CalendarService calendar;

    @Inject
    AppConfig config;

    @Inject
    CurrentActor current;

    @Inject
    CorrectionService correction;

    @Inject
    AssignmentService assignment;

    @Inject
    ExtractionService extraction;

    @Inject
    ExtensionService extensions;

    @Inject
    RejectionService rejections;

    @Inject
    UrgeService urging;

    @Inject
    People people;

    /**
     * {@code searchedAs}: how {@code q} was searched ({@code ID}, {@code PARTIAL_ID}: no candidate is found by part of an
     * ID, {@code TEXT}) with {@code searchNote}/{@code searchNoteEn} saying it; absent without {@code q}.
     */
    public record LetterPage(List<LetterView> items, long total, int offset, int limit, int page, int size,
                             String searchedAs, String searchNote, String searchNoteEn) {
    }

    /**
     * 收文登记: multipart form with part "file", optional "channel" (paper/electronic) and "note". More parts named
     * "file" are the letter's attachments, in order (its candidate list as a spreadsheet, …; docs/rules.md#R38).
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Allowed(Role.REGISTRY_CLERK)
    public Response register(List<EntityPart> parts) {
        List<IntakeService.Upload> files = files(parts);
        Channel channel = Channel.parse(FormParts.text(parts, "channel"));
        IncomingLetter letter = intake.register(current.get(), files.get(0), files.subList(1, files.size()), channel,
                FormParts.text(parts, "note"));
        return Response.created(URI.create("/api/letters/" + letter.id()))
                .entity(LetterView.of(letter, calendar.today(), null, people)).build();
    }

    /**
     * A further file for a registered letter not yet confirmed (docs/rules.md#R61): multipart with one part "file".
     * 201 with the letter, its new attachment last and its reading started again; 409 once it is confirmed.
     */
    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Allowed(Role.REGISTRY_CLERK)
    public Response addFile(@PathParam("id") String id, List<EntityPart> parts) {
        List<IntakeService.Upload> files = files(parts);
        if (files.size() > 1) {
            throw new DomainException("ONE_FILE_AT_A_TIME", "请每次添加一个文件", "add one file at a time");
        }
        IncomingLetter letter = intake.addFile(current.get(), id, files.get(0));
        return Response.created(URI.create("/api/letters/" + id + "/attachments/" + letter.attachments().size()))
                .entity(LetterView.of(letter, calendar.today(), null, people)).build();
    }

    /** The parts named "file", read within the upload limit; at least one. */
    private List<IntakeService.Upload> files(List<EntityPart> parts) {
        List<IntakeService.Upload> files = (parts == null ? List.<EntityPart>of() : parts).stream()
                .filter(p -> "file".equals(p.getName()))
                .map(p -> new IntakeService.Upload(readLimited(p), p.getFileName().orElse(null))).toList();
        if (files.isEmpty()) {
            throw new DomainException("FILE_REQUIRED", "请在表单字段 file 中上传来函文件",
                    "upload the letter in the form part named file");
        }
        return files;
    }

    /**
     * The letters the filters find, one page (docs/rules.md#R93): {@code q} the search box (docs/rules.md#R92),
     * {@code status} (one, or several separated by commas), {@code from}/{@code to} (received, the centre's days), {@code unit}, {@code handler} (a username),
     * {@code hits=true}, {@code sort} (a {@link LetterSort} column) and {@code dir}, {@code overdueFirst}; the page as
     * {@code page} (from 1) and {@code size}, or as {@code offset} and {@code limit}, 1–{@value #MAX_PAGE} letters.
     */
    @GET
    public LetterPage list(@QueryParam("q") String q, @QueryParam("status") String status,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("unit") String unit, @QueryParam("handler") String handler,
                           @QueryParam("hits") @DefaultValue("false") boolean hitsOnly,
                           @QueryParam("sort") String sort, @QueryParam("dir") String dir,
                           @QueryParam("overdueFirst") @DefaultValue("false") boolean overdueFirst,
                           @QueryParam("page") String page, @QueryParam("size") String size,
                           @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        LocalDate today = calendar.today();
        Optional<SearchTerm> term = SearchTerm.parse(q);
        // Overdue first keeps the earliest due first within each part, as the queues always showed it.
        LetterSort column = sort == null || sort.isBlank() ? (overdueFirst ? LetterSort.DUE_DATE : LetterSort.RECEIVED_AT)
                : LetterSort.parse(sort);
        boolean ascending = dir == null || dir.isBlank() ? column == LetterSort.DUE_DATE : LetterSort.ascending(dir);
        LetterFilter filter = new LetterFilter(statuses(status), FormParts.date(from, "from"), FormParts.date(to, "to"),
                blank(unit), overdueFirst, today, term.orElse(null), blank(handler), hitsOnly, column, ascending);
        int pageSize = bounded(size != null ? size : limit, size != null ? "size" : "limit", 1, MAX_PAGE, 20);
        int first = page != null ? (bounded(page, "page", 1, Integer.MAX_VALUE / MAX_PAGE, 1) - 1) * pageSize
                : bounded(offset, "offset", 0, Integer.MAX_VALUE, 0);
        var found = query.search(current.get(), filter, first, pageSize);
        return new LetterPage(found.items().stream().map(l -> LetterView.of(l, today, null, people)).toList(), found.total(),
                found.offset(), found.limit(), found.offset() / pageSize + 1, pageSize,
                term.map(t -> t.kind().name()).orElse(null), term.map(t -> t.kind().label()).orElse(null),
                term.map(t -> t.kind().labelEn()).orElse(null));
    }

    static final int MAX_PAGE = 200;

    /** A whole number between min and max, else 400 naming the parameter in both languages; absent: the default. */
    private static int bounded(String s, String name, int min, int max, int absent) {
        if (s == null || s.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(s.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new DomainException("PAGE_PARAMETER_INVALID", "参数 " + name + " 应为 " + min + " 到 " + max + " 之间的整数",
                name + " is a whole number from " + min + " to " + max);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @GET
    @Path("/{id}")
    public LetterView get(@PathParam("id") String id) {
        var read = query.read(current.get(), id);
        JsonObject extraction = read.reading() == null ? null
                : read.inFull() ? ExtractionJson.apiView(read.reading()) : ExtractionJson.maskedView(read.reading());
        return LetterView.of(read.letter(), calendar.today(), extraction, people, read.inFull(), read.refusals(),
                read.sameRequest(), read.addressedElsewhere());
    }

    /** {@code workingDays}: since the step before (docs/rules.md#R94). */
    public record TimelineStep(long seq, String action, String label, PersonView who, Instant at, int workingDays) {
    }

    public record TimelineView(String letterId, String receiptNumber, List<TimelineStep> steps, int totalWorkingDays) {
    }

    /** 流程跟踪: the letter's steps from its audit trail, who took each, when, and the working days it took. */
    @GET
    @Path("/{id}/timeline")
    public TimelineView timeline(@PathParam("id") String id) {
        var t = query.timeline(id);
        return new TimelineView(id, t.letter().receiptNumber().value(), t.timeline().steps().stream()
                .map(s -> new TimelineStep(s.seq(), s.action().name(), s.action().label(),
                        people.of(s.actor()), s.at(), s.workingDays())).toList(),
                t.timeline().totalWorkingDays());
    }

    /** The correction clerk saves corrected values (the same shape as {@code extraction}). */
    @PUT
    @Path("/{id}/extraction")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.CORRECTION_CLERK)
    public LetterView correct(@PathParam("id") String id, JsonObject body) {
        requireBody(body);
        ExtractionResult corrected;
        try {
            corrected = ExtractionJson.resultFrom(body);
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DomainException("EXTRACTION_MALFORMED", "识别结果格式不正确：" + e.getMessage(),
                    "the corrected extraction is malformed: " + e.getMessage());
        }
        var reading = correction.save(current.get(), id, corrected);
        return LetterView.inFull(query.get(id), calendar.today(), ExtractionJson.apiView(reading), people);
    }

    /**
     * The correction clerk confirms: the letter becomes VERIFIED and goes to a handler drawn at random. A letter
     * addressed to another unit is confirmed only with {"answerAddressedElsewhere": true} (docs/rules.md#R85); the body
     * may be empty otherwise.
     */
    @POST
    @Path("/{id}/extraction/confirm")
    @Allowed(Role.CORRECTION_CLERK)
    public LetterView confirm(@PathParam("id") String id, String body) {
        boolean answer = false;
        if (body != null && !body.isBlank()) {
            try (JsonReader r = Json.createReader(new StringReader(body))) {
                answer = r.readObject().getBoolean("answerAddressedElsewhere", false);
            } catch (JsonException | ClassCastException e) {
                throw new DomainException("BODY_MALFORMED", "请求内容不是正确的 JSON 对象", "the body is not a JSON object");
            }
        }
        correction.confirm(current.get(), id, answer);
        return get(id);
    }

    /** The correction clerk has a letter whose reading FAILED read again (409 in any other status). */
    @POST
    @Path("/{id}/extraction/retry")
    @Allowed(Role.CORRECTION_CLERK)
    public LetterView retryReading(@PathParam("id") String id) {
        extraction.retry(current.get(), id);
        return LetterView.of(query.get(id), calendar.today(), null, people);
    }

    public record Reassignment(String handler, String reason) {
    }

    /** An administrator hands the letter to another handler, with a reason. */
    @POST
    @Path("/{id}/handler")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMINISTRATOR)
    public LetterView reassign(@PathParam("id") String id, Reassignment body) {
        requireBody(body);
        assignment.reassign(current.get(), id, body.handler(), body.reason());
        return LetterView.of(query.get(id), calendar.today(), null, people);
    }

    /** contactedAt: ISO-8601 with an offset, or a local date and time of the centre's zone (as a form gives it). */
    public record ExtensionBody(String newDueDate, String reason, String contactedAt, String contactPerson,
                                String contactChannel) {
    }

    /** 延期 by the letter's handler before its due date passes (docs/rules.md#R63): 409 after, 400 for a wrong date. */
    @POST
    @Path("/{id}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.HANDLER)
    public LetterView extend(@PathParam("id") String id, ExtensionBody body) {
        requireBody(body);
        extensions.extend(current.get(), id, new ExtensionService.Request(FormParts.date(body.newDueDate(), "newDueDate"),
                body.reason(), instant(body.contactedAt(), "contactedAt"), body.contactPerson(),
                FormParts.constant(ContactChannel.class, body.contactChannel(), "contactChannel")));
        return LetterView.of(query.get(id), calendar.today(), null, people);
    }

    public record RefusalBody(String reason, String note) {
    }

    /** 退回 / 不予受理 by the registry or the letter's handler (docs/rules.md#R64): the letter becomes REJECTED. */
    @POST
    @Path("/{id}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.REGISTRY_CLERK, Role.HANDLER})
    public LetterView refuse(@PathParam("id") String id, RefusalBody body) {
        requireBody(body);
        rejections.reject(current.get(), id, FormParts.constant(RejectionReason.class, body.reason(), "reason"), body.note());
        return LetterView.of(query.get(id), calendar.today(), null, people);
    }

    public record UrgeBody(String note) {
    }

    /**
     * 催办 by an administrator, the principal officer or the 直接负责人 (the service checks the duty; docs/rules.md#R84):
     * whoever the letter waits for is reminded.
     */
    @POST
    @Path("/{id}/urge")
    @Consumes(MediaType.APPLICATION_JSON)
    public LetterView urge(@PathParam("id") String id, UrgeBody body) {
        urging.urge(current.get(), id, body == null ? null : body.note());
        return LetterView.of(query.get(id), calendar.today(), null, people);
    }

    public record VoidBody(String reason) {
    }

    /** 作废 of a letter registered by mistake, by an administrator (docs/rules.md#R65): VOIDED, nothing deleted. */
    @POST
    @Path("/{id}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMINISTRATOR)
    public LetterView voidLetter(@PathParam("id") String id, VoidBody body) {
        rejections.voidRegistration(current.get(), id, body == null ? null : body.reason());
        return LetterView.of(query.get(id), calendar.today(), null, people);
    }

    /**
     * The letter without what was read from it: status and reading progress for the pages that poll. It holds
     * no personal data, so looking is not audited (the full letter's reads are, docs/rules.md#R13).
     */
    @GET
    @Path("/{id}/status")
    public LetterView lightStatus(@PathParam("id") String id) {
        return LetterView.of(query.get(id), calendar.today(), null, people);
    }

    /** The image of page n (1-based) that the extraction's boxes refer to. */
    @GET
    @Path("/{id}/pages/{page}")
    @Produces("image/png")
    public Response page(@PathParam("id") String id, @PathParam("page") int page) {
        // Not cached: a page shows ID numbers (SecurityHeaders answers /api/ with no-store).
        return Response.ok(query.pageImage(current.get(), id, page), "image/png").build();
    }

    /** Page n of a scan as received, before pre-processing (the viewer's 原图, docs/rules.md#R68). */
    @GET
    @Path("/{id}/pages/{page}/original")
    @Produces("image/png")
    public Response originalPage(@PathParam("id") String id, @PathParam("page") int page) {
        return Response.ok(query.originalPage(current.get(), id, page), "image/png").build();
    }

    /** The original bytes, exactly as received. */
    @GET
    @Path("/{id}/file")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") String id) {
        IncomingLetter letter = query.get(id);
        return download(letter, letter.original(), query.original(current.get(), id));
    }

    /** Attachment {@code n} (1-based, in the order sent), exactly as received. */
    @GET
    @Path("/{id}/attachments/{n}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("id") String id, @PathParam("n") int n) {
        IncomingLetter letter = query.get(id);
        byte[] bytes = query.attachment(current.get(), id, n);
        return download(letter, letter.attachments().get(n - 1), bytes);
    }

    private static Response download(IncomingLetter letter, StoredFile file, byte[] bytes) {
        String name = Optional.ofNullable(file.fileName()).orElse(letter.receiptNumber().value());
        return Response.ok(bytes, file.mediaType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    private byte[] readLimited(EntityPart part) {
        return FormParts.bytes(part, config.uploadLimits().maxBytes());
    }

    /** One status or several separated by commas (a queue's); none: every status. */
    private static Set<LetterStatus> statuses(String s) {
        if (s == null || s.isBlank()) {
            return Set.of();
        }
        Set<LetterStatus> all = EnumSet.noneOf(LetterStatus.class);
        for (String one : s.split(",")) {
            try {
                all.add(LetterStatus.valueOf(one.strip().toUpperCase()));
            } catch (IllegalArgumentException e) {
                throw new DomainException("STATUS_UNKNOWN", "未知状态：" + one, "unknown status: " + one);
            }
        }
        return all;
    }

    private static void requireBody(Object body) {
        if (body == null) {
            throw new DomainException("BODY_REQUIRED", "请求内容为空", "the request body is empty");
        }
    }

    private Instant instant(String s, String name) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s.strip()).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(s.strip()).atZone(calendar.zone()).toInstant();
            } catch (DateTimeParseException e) {
                throw new DomainException("DATE_TIME_INVALID", name + " 应为日期时间，如 2026-09-30T10:00+08:00",
                        name + " is a date and time such as 2026-09-30T10:00+08:00");
            }
        }
    }
}
