package com.creditquerydesk.testsupport;

import com.creditquerydesk.domain.model.user.TotpSecret;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Accounts as the centre opens them: the system administrator creates one with a first password and a mobile number,
 * the security administrator registers its terminals; its owner logs in by SMS, chooses his own password and binds an
 * authenticator app (docs/rules.md#R24, R25).
 */
public final class Accounts {

    /** A first password that meets the policy, which the owner must change. */
    public static final String FIRST_PASSWORD = "Erst-Passwort-2026";

    /** @param secret the bound authenticator app's, once the owner has bound one */
    public record Account(long id, String username, String password, String mobile, TotpSecret secret) {
        /** A new session, with the password and the app's code (or an SMS code before an app is bound). */
        public Api login() {
            return Api.anonymous().login(username, password, secret);
        }
    }

    private Accounts() {
    }

    /** Created and its terminals registered, not yet used: its first password still to be changed. */
    public static Account create(List<String> terminals, String... roles) {
        String name = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String mobile = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Api.Response r = Api.as("admin").post("/api/users", Json.createObjectBuilder().add("username", name)
                .add("displayName", "测试用户").add("password", FIRST_PASSWORD).add("mobile", mobile)
                .add("roles", Json.createArrayBuilder(List.of(roles))).build());
        assertEquals(201, r.status(), r.body());
        long id = r.json().getJsonNumber("id").longValue();
        Api.Response t = Api.as("secadmin").put("/api/users/" + id + "/terminals",
                Json.createObjectBuilder().add("terminals", Json.createArrayBuilder(terminals)).build());
        assertEquals(200, t.status(), t.body());
        return new Account(id, name, FIRST_PASSWORD, mobile, null);
    }

    /** Created with this machine as its terminal, and taken into use by its owner. */
    public static Account open(String... roles) {
        return takeIntoUse(create(List.of("127.0.0.0/8", "::1"), roles));
    }

    /** The owner's first log-in: by SMS, then his own password, then an authenticator app bound. */
    public static Account takeIntoUse(Account created) {
        Api first = created.login();
        String chosen = "Mein-" + UUID.randomUUID().toString().substring(0, 8) + "-9x";
        Api.Response changed = first.post("/api/auth/password", Json.createObjectBuilder()
                .add("current", created.password()).add("chosen", chosen).build());
        assertEquals(200, changed.status(), changed.body());
        JsonObject enrolment = first.post("/api/auth/totp/enrolment", Json.createObjectBuilder().build()).json();
        TotpSecret secret = TotpSecret.base32(enrolment.getString("secret"));
        Api.Response bound = first.post("/api/auth/totp/enrolment/confirm", Json.createObjectBuilder()
                .add("enrolment", enrolment.getString("enrolment")).add("code", SecondFactors.freshCode(secret)).build());
        assertEquals(200, bound.status(), bound.body());
        return new Account(created.id(), created.username(), chosen, created.mobile(), secret);
    }
}
