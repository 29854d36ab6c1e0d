package com.creditquerydesk.interfaces.rest.users;

import com.creditquerydesk.application.user.TotpEnrolment;
import com.creditquerydesk.application.user.UserAdminService;
import com.creditquerydesk.domain.model.user.MobileNumber;
import com.creditquerydesk.domain.model.user.User;
import com.creditquerydesk.domain.model.user.ContactDuty;
import com.creditquerydesk.domain.model.user.IpRange;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.interfaces.rest.auth.Allowed;
import com.creditquerydesk.interfaces.rest.auth.AuthResource.UserSummary;
import com.creditquerydesk.interfaces.rest.auth.CurrentActor;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Accounts and roles, for administrators. */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMINISTRATOR)
public class UserResource {

    /**
     * @param lockedUntil when the log-in is paused on some computer after failures (docs/rules.md#R20)
     * @param totpEnrolled whether an authenticator app is bound (docs/rules.md#R24)
     */
    public record UserView(long id, String username, String displayName, List<String> roles, List<String> roleLabels,
                           boolean active, Instant lockedUntil, List<String> terminals, String mobile,
                           boolean totpEnrolled, Instant passwordChangedAt, String jobTitle, String contactDuty,
                           String contactDutyLabel) {
    }

    public record NewUser(String username, String displayName, String password, List<String> roles, String mobile) {
    }

    /** {"terminals": ["10.1.2.3", "10.1.2.0/24"]}: the whole list, an empty one removes them all. */
    public record Terminals(List<String> terminals) {
    }

    /**
     * Only what is given changes; {"mobile": ""} removes the number. {@code jobTitle} (职务) and {@code contactDuty}
     * (工作职责: PRINCIPAL, DIRECT, HANDLER) are the account's line in the 联络表; "" removes them (docs/rules.md#R79).
     */
    public record UserChange(String displayName, List<String> roles, Boolean active, String password, String mobile,
                             String jobTitle, String contactDuty) {
    }

    @Inject
    UserAdminService users;

    @Inject
    TotpEnrolment enrolment;

    @Inject
    CurrentActor current;

    private UserView view(User u) {
        UserSummary s = UserSummary.of(u);
        return new UserView(u.id(), u.username(), u.displayName(), s.roles(), s.roleLabels(), u.isActive(),
                users.pausedUntil(u).orElse(null), u.terminals().stream().map(IpRange::toString).sorted().toList(),
                u.mobile().map(MobileNumber::digits).orElse(null), u.totpSecretSealed().isPresent(),
                u.passwordChangedAt(), u.jobTitle().orElse(null), u.contactDuty().map(Enum::name).orElse(null),
                u.contactDuty().map(ContactDuty::label).orElse(null));
    }

    /** The security administrator sees the accounts too, to unlock them (docs/rules.md#R22). */
    @GET
    @Allowed({Role.ADMINISTRATOR, Role.SECURITY_ADMINISTRATOR})
    public List<UserView> list() {
        return users.list().stream().map(this::view).toList();
    }

    @GET
    @Path("/{id}")
    @Allowed({Role.ADMINISTRATOR, Role.SECURITY_ADMINISTRATOR})
    public UserView get(@PathParam("id") long id) {
        return view(users.get(id));
    }

    @POST
    public Response create(NewUser body) {
        if (body == null) {
            throw new DomainException("BODY_REQUIRED", "请求内容为空", "the request body is empty");
        }
        var user = users.create(current.get(), body.username(), body.displayName(),
                body.password() == null ? null : body.password().toCharArray(), roles(body.roles()),
                body.mobile() == null || body.mobile().isBlank() ? null : new MobileNumber(body.mobile()));
        return Response.status(201).entity(view(user)).build();
    }

    @PUT
    @Path("/{id}")
    public UserView update(@PathParam("id") long id, UserChange body) {
        if (body == null) {
            throw new DomainException("BODY_REQUIRED", "请求内容为空", "the request body is empty");
        }
        return view(users.update(current.get(), id, body.displayName(),
                body.roles() == null ? null : roles(body.roles()), body.active(),
                body.password() == null ? null : body.password().toCharArray(),
                body.mobile() == null ? null : body.mobile().isBlank() ? Optional.empty()
                        : Optional.of(new MobileNumber(body.mobile())),
                body.jobTitle(),
                body.contactDuty() == null ? null : body.contactDuty().isBlank() ? Optional.empty()
                        : Optional.of(ContactDuty.parse(body.contactDuty()))));
    }

    @POST
    @Path("/{id}/unlock")
    @Allowed(Role.SECURITY_ADMINISTRATOR)
    public UserView unlock(@PathParam("id") long id) {
        return view(users.unlock(current.get(), id));
    }

    /** A lost phone: the account's authenticator app is forgotten, it logs in by SMS again (docs/rules.md#R24). */
    @POST
    @Path("/{id}/second-factor/reset")
    @Allowed(Role.SECURITY_ADMINISTRATOR)
    public UserView resetSecondFactor(@PathParam("id") long id) {
        return view(enrolment.reset(current.get(), id));
    }

    /** 登记专机: the security administrator sets the addresses the account may work from (docs/rules.md#R23). */
    @PUT
    @Path("/{id}/terminals")
    @Allowed(Role.SECURITY_ADMINISTRATOR)
    public UserView registerTerminals(@PathParam("id") long id, Terminals body) {
        if (body == null || body.terminals() == null) {
            throw new DomainException("TERMINALS_REQUIRED", "请给出专机地址列表（可为空）", "give the list of terminals (it may be empty)");
        }
        Set<IpRange> ranges = new LinkedHashSet<>();
        body.terminals().forEach(t -> ranges.add(IpRange.parse(t)));
        return view(users.registerTerminals(current.get(), id, ranges));
    }

    @GET
    @Path("/roles")
    @Allowed({Role.ADMINISTRATOR, Role.SECURITY_ADMINISTRATOR})
    public List<RoleView> roles() {
        return java.util.Arrays.stream(Role.values()).map(r -> new RoleView(r.name(), r.label())).toList();
    }

    public record RoleView(String name, String label) {
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(n -> roles.add(Role.parse(n)));
        }
        return roles;
    }
}
