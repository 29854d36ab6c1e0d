package com.creditquerydesk.interfaces.rest.auth;

import com.creditquerydesk.application.Actor;
import jakarta.enterprise.context.RequestScoped;

/** The authenticated caller of the current request, set by {@link AuthFilter}. */
@RequestScoped
public class CurrentActor {

    private Actor actor;
    private String token;

    void set(Actor actor, String token) {
        this.actor = actor;
        this.token = token;
    }

    public Actor get() {
        return actor;
    }

    public String token() {
        return token;
    }
}
