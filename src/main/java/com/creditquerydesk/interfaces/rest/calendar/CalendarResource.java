package com.creditquerydesk.interfaces.rest.calendar;

import com.creditquerydesk.application.calendar.CalendarService;
import com.creditquerydesk.domain.model.calendar.WorkingDayCalendar;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.interfaces.rest.auth.Allowed;
import com.creditquerydesk.interfaces.rest.auth.CurrentActor;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The working-day calendar: which years it covers, due dates, and adding a year (administrator). */
@Path("/calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    public record CalendarView(List<Integer> years) {
        static CalendarView of(WorkingDayCalendar c) {
            return new CalendarView(List.copyOf(c.coveredYears()));
        }
    }

    public record DueDateView(Instant receivedAt, LocalDate dueDate) {
    }

    @Inject
    CalendarService calendar;

    @Inject
    CurrentActor current;

    @GET
    public CalendarView get() {
        return CalendarView.of(calendar.calendar());
    }

    @GET
    @Path("/due-date")
    public DueDateView dueDate(@QueryParam("receivedAt") String receivedAt) {
        Instant at;
        try {
            at = receivedAt == null || receivedAt.isBlank() ? Instant.now() : Instant.parse(receivedAt.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("TIME_INVALID", "receivedAt 应为 ISO-8601 时间，例如 2026-02-13T09:00:00+08:00",
                    "receivedAt is an ISO-8601 time, e.g. 2026-02-13T09:00:00+08:00");
        }
        return new DueDateView(at, calendar.dueDate(at));
    }

    /** Body: a calendar file in the documented line format (text/plain, UTF-8). */
    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Allowed(Role.ADMINISTRATOR)
    public CalendarView install(String fileText) {
        return CalendarView.of(calendar.install(current.get(), fileText));
    }
}
