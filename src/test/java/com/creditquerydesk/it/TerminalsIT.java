package com.creditquerydesk.it;

import com.creditquerydesk.testsupport.Accounts;
import com.creditquerydesk.testsupport.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static com.creditquerydesk.it.IntakeIT.assertBilingual;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** 专机 (docs/rules.md#R23): a handler works from his registered terminals only, checked at login and on every request. */
class TerminalsIT {

    private static final String PASSWORD = Accounts.FIRST_PASSWORD;

    private static Api.Response login(String user, String forwardedFor) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.BASE + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("username", user)
                        .add("password", PASSWORD).build().toString()));
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Api.Response(r.statusCode(), new String(r.body(), java.nio.charset.StandardCharsets.UTF_8), r.body(),
                r.headers());
    }

    private static long id(String user) {
        return Api.as("secadmin").get("/api/users").structure().asJsonArray().stream().map(v -> v.asJsonObject())
                .filter(u -> u.getString("username").equals(user)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static Api.Response register(String user, String... terminals) {
        return Api.as("secadmin").put("/api/users/" + id(user) + "/terminals",
                Json.createObjectBuilder().add("terminals", Json.createArrayBuilder(List.of(terminals))).build());
    }

    @Test
    void aHandlerWorksFromHisTerminalsOnly() throws Exception {
        Accounts.Account account = Accounts.create(List.of("10.9.9.9"), "HANDLER");
        String handler = account.username();
        Api.Response refused = login(handler, null);
        assertEquals(403, refused.status(), refused.body());
        assertEquals("TERMINAL_NOT_REGISTERED", refused.json().getString("code"));
        assertBilingual(refused.json());
        // Anyone can send X-Forwarded-For: from a peer that is no configured proxy it changes nothing.
        assertEquals(403, login(handler, "10.9.9.9").status());

        assertEquals(200, register(handler, "127.0.0.0/8", "::1").status());
        Api session = account.login();
        assertEquals(200, session.get("/api/auth/me").status());
        // Taken off the list, the terminal stops the open session at its next request.
        assertEquals(200, register(handler, "10.9.9.9").status());
        Api.Response cut = session.get("/api/auth/me");
        assertEquals(403, cut.status());
        assertEquals("TERMINAL_NOT_REGISTERED", cut.json().getString("code"));

        JsonObject trail = Api.as("auditor").get("/api/audit?actor=" + handler).json();
        List<String> actions = trail.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("action")).toList();
        assertEquals(2, actions.stream().filter("LOGIN_REFUSED_TERMINAL"::equals).count(), actions.toString());
        assertEquals(1, actions.stream().filter("REQUEST_REFUSED_TERMINAL"::equals).count(), actions.toString());
    }

    @Test
    void aHandlerWithNoTerminalWorksNowhereAndAReviewerWithNoneAnywhere() throws Exception {
        String handler = Accounts.create(List.of(), "HANDLER").username();
        assertEquals(403, login(handler, null).status());
        String reviewer = Accounts.create(List.of(), "REVIEWER").username();
        assertEquals(200, login(reviewer, null).status(), "a reviewer needs no terminal unless one is registered");
    }

    @Test
    void onlyTheSecurityAdministratorRegistersTerminalsAndOnlyAddresses() {
        String handler = Accounts.create(List.of("127.0.0.0/8", "::1"), "HANDLER").username();
        long id = id(handler);
        assertEquals(403, Api.as("admin").put("/api/users/" + id + "/terminals", Json.createObjectBuilder()
                .add("terminals", Json.createArrayBuilder().add("0.0.0.0/0")).build()).status());
        Api.Response bad = register(handler, "workstation-7");
        assertEquals(400, bad.status());
        assertEquals("TERMINAL_INVALID", bad.json().getString("code"));
        assertEquals(List.of("0:0:0:0:0:0:0:1", "127.0.0.0/8"), Api.as("secadmin").get("/api/users/" + id).json()
                .getJsonArray("terminals").getValuesAs(jakarta.json.JsonString::getString), "nothing changed");
    }
}
