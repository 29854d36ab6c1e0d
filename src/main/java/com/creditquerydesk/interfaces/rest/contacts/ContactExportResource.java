package com.creditquerydesk.interfaces.rest.contacts;

import com.creditquerydesk.application.contacts.ContactListService;
import com.creditquerydesk.application.export.TableExporter;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.interfaces.rest.auth.Allowed;
import com.creditquerydesk.interfaces.rest.common.Downloads;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** {@code GET /api/contacts.xlsx} and {@code /api/contacts.pdf}: the 联络表 of {@link ContactResource} as it is sent. */
@Path("/contacts.{format:xlsx|pdf}")
@Allowed({Role.ADMINISTRATOR, Role.SECURITY_ADMINISTRATOR, Role.PRINCIPAL_OFFICER})
public class ContactExportResource {

    @Inject
    ContactListService contacts;

    @Inject
    TableExporter exporter;

    @GET
    public Response export(@PathParam("format") String format) {
        return Downloads.table(exporter, contacts.table(contacts.contacts()), format, "查询工作责任人联络表");
    }
}
