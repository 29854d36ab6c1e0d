package com.creditquerydesk.interfaces.rest.settings;

import com.creditquerydesk.application.ServerSettings;
import com.creditquerydesk.interfaces.rest.auth.Public;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** What the browser needs of the server's configuration before it shows anything: the zone days are reckoned in. */
@Path("/settings")
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

    public record SettingsView(String zone, boolean demo) {
    }

    @Inject
    ServerSettings settings;

    @GET
    @Public
    public SettingsView get() {
        return new SettingsView(settings.zone().getId(), settings.demo());
    }
}
