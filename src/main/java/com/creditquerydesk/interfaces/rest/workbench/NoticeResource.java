package com.creditquerydesk.interfaces.rest.workbench;

import com.creditquerydesk.application.notice.NoticeService;
import com.creditquerydesk.domain.model.notice.Notice;
import com.creditquerydesk.interfaces.rest.auth.CurrentActor;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;

/** The logged-in person's reminders, newest first, and their unread count for the header (docs/rules.md#R84). */
@Path("/notices")
@Produces(MediaType.APPLICATION_JSON)
public class NoticeResource {

    @Inject
    NoticeService notices;

    @Inject
    CurrentActor current;

    public record NoticeView(long id, String kind, String kindLabel, String letterId, String text, Instant createdAt,
                             boolean read) {
        static NoticeView of(Notice n) {
            return new NoticeView(n.id(), n.kind().name(), n.kind().label(), n.letterId().orElse(null), n.text(),
                    n.createdAt(), n.readAt().isPresent());
        }
    }

    public record InboxView(long unread, List<NoticeView> items) {
    }

    @GET
    public InboxView notices() {
        NoticeService.Inbox inbox = notices.inbox(current.get());
        return new InboxView(inbox.unread(), inbox.latest().stream().map(NoticeView::of).toList());
    }

    @POST
    @Path("{id}/read")
    public InboxView read(@PathParam("id") long id) {
        notices.markRead(current.get(), id);
        return notices();
    }

    @POST
    @Path("read-all")
    public InboxView readAll() {
        notices.markAllRead(current.get());
        return notices();
    }
}
