package com.creditquerydesk.interfaces.rest.demo;

import com.creditquerydesk.application.ServerSettings;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import com.creditquerydesk.infrastructure.sms.DemoSmsOutbox;
import com.creditquerydesk.interfaces.rest.auth.Public;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * Demo mode only: the SMS "sent", so that a newcomer and scripts can log in by SMS without a phone (README). On a
 * real server this answers 404.
 */
@Path("/demo")
@Produces(MediaType.APPLICATION_JSON)
public class DemoResource {

    @Inject
    ServerSettings settings;

    @Inject
    DemoSmsOutbox outbox;

    @GET
    @Path("/sms-outbox")
    @Public
    public List<DemoSmsOutbox.Message> smsOutbox() {
        if (!settings.demo()) {
            throw new DomainException(Kind.NOT_FOUND, "NOT_DEMO", "仅演示模式提供", "only in demo mode");
        }
        return outbox.messages();
    }
}
