package com.creditquerydesk.interfaces.rest.audit;

import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.domain.model.audit.AuditEvent;
import com.creditquerydesk.domain.model.audit.AuditRepository;
import com.creditquerydesk.domain.model.audit.ChainVerification;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.interfaces.rest.auth.Allowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The audit trail, for auditors: page and filter events, and verify the hash chain. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.AUDITOR)
public class AuditResource {

    /** {@code label} is the action's Chinese name (null for a code this version no longer knows). */
    public record EventView(long seq, Instant occurredAt, String actor, String ip, String action, String label,
                            String letterId, String detail, String prevHash, String hash) {
        static EventView of(AuditEvent e) {
            return new EventView(e.seq(), e.occurredAt(), e.actor(), e.ip(), e.action(),
                    AuditAction.ofCode(e.action()).map(AuditAction::label).orElse(null), e.letterId(), e.detail(),
                    e.prevHash(), e.hash());
        }
    }

    public record EventPage(List<EventView> items, long total, int offset, int limit) {
    }

    @Inject
    AuditService audit;

    @Inject
    AuditRepository events;

    @GET
    public EventPage search(@QueryParam("actor") String actor, @QueryParam("action") String action,
                            @QueryParam("letterId") String letterId, @QueryParam("from") String from,
                            @QueryParam("to") String to, @QueryParam("offset") @DefaultValue("0") int offset,
                            @QueryParam("limit") @DefaultValue("50") int limit) {
        var filter = new AuditRepository.AuditFilter(blank(actor), blank(action), blank(letterId), instant(from),
                instant(to));
        int safeLimit = Math.max(1, Math.min(limit, 500));
        int safeOffset = Math.max(0, offset);
        return new EventPage(events.search(filter, safeOffset, safeLimit).stream().map(EventView::of).toList(),
                events.count(filter), safeOffset, safeLimit);
    }

    @GET
    @Path("/verify")
    public ChainVerification verify() {
        return audit.verify();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Instant instant(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("TIME_INVALID", "时间参数应为 ISO-8601，例如 2026-03-05T00:00:00Z",
                    "a time is ISO-8601, e.g. 2026-03-05T00:00:00Z");
        }
    }
}
