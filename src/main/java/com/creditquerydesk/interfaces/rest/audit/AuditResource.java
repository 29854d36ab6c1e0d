package com.creditquerydesk.interfaces.rest.audit;

import com.creditquerydesk.interfaces.rest.common.People;
import com.creditquerydesk.interfaces.rest.common.PersonView;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.application.search.AuditTrailSearch;
import com.creditquerydesk.application.calendar.CalendarService;
import com.creditquerydesk.domain.model.audit.AuditCheckpoint;
import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.domain.model.audit.AuditEvent;
import com.creditquerydesk.domain.model.audit.ChainVerification;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.interfaces.rest.auth.Allowed;
import com.creditquerydesk.interfaces.rest.auth.CurrentActor;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The audit trail, for auditors: page and filter events, verify the keyed chain against its signed checkpoints,
 * sign a checkpoint now, check a signed reply's audit head, and export the trail signed (docs/rules.md#R30–#R34).
 */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.AUDITOR)
public class AuditResource {

    /**
     * {@code label} is the action's Chinese name (null for a code this version no longer knows); {@code receiptNumber}
     * the letter's 收文编号.
     */
    public record EventView(long seq, Instant occurredAt, PersonView actor, String ip, String action, String label,
                            String letterId, String receiptNumber, String detail, String prevHash, String hash) {
        static EventView of(AuditTrailSearch.Listed listed, People people) {
            AuditEvent e = listed.event();
            return new EventView(e.seq(), e.occurredAt(), people.of(e.actor()), e.ip(), e.action(),
                    AuditAction.ofCode(e.action()).map(AuditAction::label).orElse(null), e.letterId(),
                    listed.receiptNumber(), e.detail(), e.prevHash(), e.hash());
        }
    }

    /** An action the trail records, for the screen's choice of actions. */
    public record ActionView(String code, String label) {
    }

    public record EventPage(List<EventView> items, long total, int offset, int limit) {
    }

    @Inject
    AuditService audit;

    @Inject
    AuditTrailSearch trail;

    @Inject
    CalendarService calendar;

    @Inject
    CurrentActor current;

    @Inject
    People people;

    /** A signed checkpoint: the head, when, and the signature (Base64) over what docs/rules.md#R31 describes. */
    public record CheckpointView(long seq, String hash, Instant signedAt, String signature) {
        static CheckpointView of(AuditCheckpoint c) {
            return new CheckpointView(c.head().seq(), c.head().hash(), c.signedAt(), c.signature());
        }
    }

    /**
     * The events, newest first, filtered by {@code actor} (username), {@code action} (code), {@code letterId} or
     * {@code receiptNumber}, and {@code from}/{@code to}: a day (YYYY-MM-DD, the centre's; {@code to} includes it) or an
     * ISO-8601 instant ({@code to} excluded).
     */
    @GET
    public EventPage search(@QueryParam("actor") String actor, @QueryParam("action") String action,
                            @QueryParam("letterId") String letterId, @QueryParam("receiptNumber") String receiptNumber,
                            @QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("offset") @DefaultValue("0") int offset,
                            @QueryParam("limit") @DefaultValue("50") int limit) {
        int safeLimit = Math.max(1, Math.min(limit, 500));
        int safeOffset = Math.max(0, offset);
        var page = trail.search(query(actor, action, letterId, receiptNumber, from, to, calendar.zone()), safeOffset,
                safeLimit);
        return new EventPage(page.items().stream().map(l -> EventView.of(l, people)).toList(), page.total(), safeOffset, safeLimit);
    }

    /** Every action with its Chinese label, in the catalogue's order. */
    @GET
    @Path("/actions")
    public List<ActionView> actions() {
        return Arrays.stream(AuditAction.values()).map(a -> new ActionView(a.name(), a.label())).toList();
    }

    @GET
    @Path("/verify")
    public ChainVerification verify() {
        return audit.verify();
    }

    @GET
    @Path("/checkpoints")
    public List<CheckpointView> checkpoints() {
        return audit.checkpoints().stream().map(CheckpointView::of).toList();
    }

    /** Signs the current head now (e.g. before the auditor takes a copy of the trail away). */
    @POST
    @Path("/checkpoints")
    public CheckpointView checkpoint() {
        return CheckpointView.of(audit.checkpoint(current.get()));
    }

    /** The body is a signed reply PDF: the head it carries, and whether the trail still holds it. */
    @POST
    @Path("/reply-check")
    @Consumes("application/pdf")
    public AuditService.ReplyCheck replyCheck(byte[] pdf) {
        return audit.checkReply(pdf);
    }

    /**
     * A ZIP of {@code events.jsonl} (one event a line, as the trail holds it), {@code events.jsonl.sig} (the
     * centre's signature over that file: SHA-256 with its key) and {@code centre.pem} (its certificate). README
     * "The auditor" shows the openssl command that checks it.
     */
    @GET
    @Path("/export")
    @Produces("application/zip")
    public Response export(@QueryParam("fromSeq") @DefaultValue("1") long fromSeq, @QueryParam("toSeq") Long toSeq) {
        AuditService.Export export = audit.export(current.get(), fromSeq, toSeq);
        StringBuilder lines = new StringBuilder();
        for (AuditEvent e : export.events()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("seq", e.seq()).add("occurredAt", e.occurredAt().toString())
                    .add("actor", e.actor()).add("action", e.action());
            addNullable(o, "ip", e.ip());
            addNullable(o, "letterId", e.letterId());
            addNullable(o, "detail", e.detail());
            lines.append(o.add("prevHash", e.prevHash()).add("hash", e.hash()).build()).append('\n');
        }
        byte[] jsonl = lines.toString().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            entry(out, "events.jsonl", jsonl);
            entry(out, "events.jsonl.sig", audit.sign(jsonl));
            entry(out, "centre.pem", audit.certificatePem().getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(zip.toByteArray(), "application/zip").header("Content-Disposition",
                "attachment; filename=\"audit-" + export.head().seq() + ".zip\"").build();
    }

    private static void addNullable(JsonObjectBuilder o, String name, String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    private static void entry(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }

    /** The filters of {@link #search}, as the XLSX export takes them too. */
    static AuditTrailSearch.Query query(String actor, String action, String letterId, String receiptNumber, String from,
                                        String to, ZoneId zone) {
        return new AuditTrailSearch.Query(blank(actor), blank(action), blank(letterId), blank(receiptNumber),
                instant(from, zone, false), instant(to, zone, true));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A day of the centre (its start; the next day's start for an end) or an instant. */
    private static Instant instant(String s, ZoneId zone, boolean end) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            if (s.strip().length() == 10) {
                LocalDate day = LocalDate.parse(s.strip());
                return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            return Instant.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("TIME_INVALID", "时间参数应为日期 YYYY-MM-DD 或 ISO-8601 时间，例如 2026-03-05T00:00:00Z",
                    "a time is a date YYYY-MM-DD or ISO-8601, e.g. 2026-03-05T00:00:00Z");
        }
    }
}
