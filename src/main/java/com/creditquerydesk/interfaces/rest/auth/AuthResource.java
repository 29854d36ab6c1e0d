package com.creditquerydesk.interfaces.rest.auth;

import com.creditquerydesk.application.user.AuthService;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.shared.DomainException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;

@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    public record Credentials(String username, String password) {
    }

    public record TokenView(String token, Instant expiresAt, UserSummary user) {
    }

    public record UserSummary(long id, String username, String displayName, List<String> roles, List<String> roleLabels) {
        public static UserSummary of(com.creditquerydesk.domain.model.user.User u) {
            return new UserSummary(u.id(), u.username(), u.displayName(),
                    u.roles().stream().map(Role::name).toList(), u.roles().stream().map(Role::label).toList());
        }
    }

    @Inject
    AuthService auth;

    @Inject
    CurrentActor current;

    @Inject
    ClientAddress address;

    @Context
    HttpServletRequest request;

    @POST
    @Path("/login")
    @Public
    public TokenView login(Credentials credentials) {
        if (credentials == null || credentials.username() == null || credentials.password() == null) {
            throw new DomainException("CREDENTIALS_REQUIRED", "请输入用户名和密码", "username and password are required");
        }
        AuthService.Login login = auth.login(credentials.username(), credentials.password().toCharArray(),
                address.of(request));
        return new TokenView(login.token(), login.expiresAt(), UserSummary.of(login.user()));
    }

    @POST
    @Path("/logout")
    public void logout() {
        auth.logout(current.get(), current.token());
    }

    @POST
    @Path("/logout-everywhere")
    public void logoutEverywhere() {
        auth.logoutEverywhere(current.get());
    }

    @GET
    @Path("/me")
    public UserSummary me() {
        return auth.authenticate(current.token()).map(UserSummary::of).orElseThrow();
    }
}
