package com.creditquerydesk.application;

import com.creditquerydesk.domain.model.user.Role;

import java.util.Set;

/** Who is acting and from where: every use case takes one, and every audit event records it. */
public record Actor(long userId, String username, String displayName, Set<Role> roles, String ip) {

    /** The server itself, for background work such as extraction and imports. */
    public static Actor system() {
        return new Actor(0, "system", "系统", Set.of(), null);
    }
}
