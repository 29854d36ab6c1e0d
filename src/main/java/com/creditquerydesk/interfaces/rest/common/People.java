package com.creditquerydesk.interfaces.rest.common;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.domain.model.user.User;
import com.creditquerydesk.domain.model.user.UserRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.HashMap;
import java.util.Map;

/** The people a response names, each login looked up once a request (a list names the same few many times). */
@RequestScoped
public class People {

    private static final Actor SYSTEM = Actor.system();

    @Inject
    UserRepository users;

    private final Map<String, PersonView> known = new HashMap<>();

    /** The person acting under this login, or null for none. */
    public PersonView of(String username) {
        if (username == null) {
            return null;
        }
        return known.computeIfAbsent(username, u -> u.equals(SYSTEM.username())
                ? new PersonView(u, SYSTEM.displayName())
                : new PersonView(u, users.findByUsername(u).map(User::displayName).orElse(u)));
    }

    /** The person as JSON, for the responses built as JSON objects (screening results). */
    public JsonValue json(String username) {
        PersonView p = of(username);
        return p == null ? JsonValue.NULL : Json.createObjectBuilder().add("username", p.username())
                .add("displayName", p.displayName()).build();
    }

    /** The object with its login under {@code key} replaced by the person, where it has one. */
    public JsonObject named(JsonObject o, String key) {
        if (o == null || !o.containsKey(key) || o.isNull(key)) {
            return o;
        }
        JsonObjectBuilder b = Json.createObjectBuilder(o);
        return b.add(key, json(o.getString(key))).build();
    }
}
