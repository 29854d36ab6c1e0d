package com.creditquerydesk.interfaces.rest.users;

import com.creditquerydesk.application.user.UserAdminService;
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
import java.util.Set;

/** Accounts and roles, for administrators. */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMINISTRATOR)
public class UserResource {

    public record UserView(long id, String username, String displayName, List<String> roles, List<String> roleLabels,
                           boolean active, Instant lockedUntil, List<String> terminals) {
        static UserView of(com.creditquerydesk.domain.model.user.User u) {
            UserSummary s = UserSummary.of(u);
            return new UserView(u.id(), u.username(), u.displayName(), s.roles(), s.roleLabels(), u.isActive(),
                    u.lockedUntil(), u.terminals().stream().map(IpRange::toString).sorted().toList());
        }
    }

    public record NewUser(String username, String displayName, String password, List<String> roles) {
    }

    /** {"terminals": ["10.1.2.3", "10.1.2.0/24"]}: the whole list, an empty one removes them all. */
    public record Terminals(List<String> terminals) {
    }

    public record UserChange(String displayName, List<String> roles, Boolean active, String password) {
    }

    @Inject
    UserAdminService users;

    @Inject
    CurrentActor current;

    /** The security administrator sees the accounts too, to unlock them (docs/rules.md#R22). */
    @GET
    @Allowed({Role.ADMINISTRATOR, Role.SECURITY_ADMINISTRATOR})
    public List<UserView> list() {
        return users.list().stream().map(UserView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Allowed({Role.ADMINISTRATOR, Role.SECURITY_ADMINISTRATOR})
    public UserView get(@PathParam("id") long id) {
        return UserView.of(users.get(id));
    }

    @POST
    public Response create(NewUser body) {
        if (body == null) {
            throw new DomainException("BODY_REQUIRED", "请求内容为空", "the request body is empty");
        }
        var user = users.create(current.get(), body.username(), body.displayName(),
                body.password() == null ? null : body.password().toCharArray(), roles(body.roles()));
        return Response.status(201).entity(UserView.of(user)).build();
    }

    @PUT
    @Path("/{id}")
    public UserView update(@PathParam("id") long id, UserChange body) {
        if (body == null) {
            throw new DomainException("BODY_REQUIRED", "请求内容为空", "the request body is empty");
        }
        return UserView.of(users.update(current.get(), id, body.displayName(),
                body.roles() == null ? null : roles(body.roles()), body.active(),
                body.password() == null ? null : body.password().toCharArray()));
    }

    @POST
    @Path("/{id}/unlock")
    @Allowed(Role.SECURITY_ADMINISTRATOR)
    public UserView unlock(@PathParam("id") long id) {
        return UserView.of(users.unlock(current.get(), id));
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
        return UserView.of(users.registerTerminals(current.get(), id, ranges));
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
