package com.creditquerydesk.interfaces.rest.auth;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.user.AuthService;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.model.user.User;
import com.creditquerydesk.interfaces.rest.common.ApiError;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every /api call needs a valid bearer token (401), a registered terminal where the account needs one (403,
 * docs/rules.md#R23), a password that need not be changed first (403, R25) and, where a method names roles, one of
 * them (403).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resourceInfo;

    @Context
    HttpServletRequest servletRequest;

    @Inject
    AuthService auth;

    @Inject
    CurrentActor current;

    @Inject
    ClientAddress address;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> type = resourceInfo.getResourceClass();
        if (method == null || method.isAnnotationPresent(Public.class)
                || (type != null && type.isAnnotationPresent(Public.class))) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
        Optional<User> user = token == null ? Optional.empty() : auth.authenticate(token);
        if (user.isEmpty()) {
            request.abortWith(error(401, new ApiError("UNAUTHENTICATED", "未登录或登录已过期，请重新登录",
                    "not logged in or the session expired; log in again")));
            return;
        }
        User u = user.get();
        Actor actor = new Actor(u.id(), u.username(), u.displayName(), u.roles(),
                servletRequest == null ? null : address.of(servletRequest));
        current.set(actor, token);
        auth.requireTerminal(actor, u);
        if (!method.isAnnotationPresent(BeforePasswordChange.class) && auth.passwordChangeDue(u)) {
            request.abortWith(error(403, new ApiError("PASSWORD_CHANGE_REQUIRED",
                    "请先修改密码（管理员设置的密码须在首次登录时修改，密码到期也须修改）",
                    "change your password first (a password an administrator set must be changed at the first log-in,"
                            + " and so must an expired one)")));
            return;
        }
        Allowed allowed = method.isAnnotationPresent(Allowed.class) ? method.getAnnotation(Allowed.class)
                : type == null ? null : type.getAnnotation(Allowed.class);
        if (allowed != null && Arrays.stream(allowed.value()).noneMatch(u::hasRole)) {
            String zh = Arrays.stream(allowed.value()).map(Role::label).collect(Collectors.joining("、"));
            String en = Arrays.stream(allowed.value()).map(Role::name).collect(Collectors.joining(", "));
            request.abortWith(error(403, new ApiError("FORBIDDEN", "无权执行此操作：需要角色 " + zh,
                    "you may not do this: it needs the role " + en)));
        }
    }

    private static Response error(int status, ApiError body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }
}
