package com.creditquerydesk.interfaces.rest.contacts;

import com.creditquerydesk.application.reply.CentreSettings;
import com.creditquerydesk.application.contacts.ContactListService;
import com.creditquerydesk.application.contacts.ContactListService.Contact;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.interfaces.rest.auth.Allowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * 查询工作责任人联络表 (docs/rules.md#R79): {@code GET /api/contacts} and ({@link ContactExportResource}) {@code /api/contacts.xlsx},
 * {@code .pdf}. The
 * system and security administrators (who keep the accounts and the terminals) and the principal officer (who sends
 * it) read it: it carries the staff's mobile numbers and terminal addresses.
 */
@Path("/contacts")
@Allowed({Role.ADMINISTRATOR, Role.SECURITY_ADMINISTRATOR, Role.PRINCIPAL_OFFICER})
public class ContactResource {

    public record Line(int serial, String duty, String dutyLabel, String name, String jobTitle, String mobile,
                       List<String> terminals) {
        static Line of(Contact c) {
            return new Line(c.serial(), c.duty().name(), c.duty().label(), c.name(), c.jobTitle(), c.mobile(),
                    c.terminals());
        }
    }

    public record ContactList(String title, String centre, String servicePhone, String serviceEmail,
                              List<Line> items) {
    }

    @Inject
    ContactListService contacts;

    @Inject
    CentreSettings centre;

    @GET
    public Response list() {
        return Response.ok(new ContactList("查询工作责任人联络表", centre.name(), centre.phone(),
                centre.email().isBlank() ? null : centre.email(),
                contacts.contacts().stream().map(Line::of).toList()), MediaType.APPLICATION_JSON).build();
    }
}
