package com.creditquerydesk.it;

import com.creditquerydesk.testsupport.Accounts;
import com.creditquerydesk.testsupport.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.creditquerydesk.it.IntakeIT.assertBilingual;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Accounts, roles, tokens, and failed log-ins paused per username and computer (docs/rules.md#R20, R22). */
class AccountsIT {

    private final Api admin = Api.as("admin");

    @Test
    void everyApiCallNeedsAToken() {
        Api.Response r = Api.anonymous().get("/api/letters");
        assertEquals(401, r.status());
        assertBilingual(r.json());
        assertEquals(401, Api.anonymous().get("/api/audit/verify").status());
    }

    @Test
    void theRightRoleIsNeeded() {
        Api.Response r = Api.as("handler").get("/api/users");
        assertEquals(403, r.status());
        assertBilingual(r.json());
        assertEquals(403, Api.as("registry").get("/api/audit").status());
        assertEquals(403, Api.as("clerk").upload("x.pdf", new byte[]{1}).status());
    }

    /** A log-in attempt sent from a given loopback address, as from another computer (a raw HTTP/1.1 request). */
    static Api.Response loginFrom(String source, String username, String password) {
        String body = Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        URI base = URI.create(Api.BASE);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(source, 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/auth/login HTTP/1.1\r\nHost: " + base.getHost() + "\r\nContent-Type: application/json"
                    + "\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(bytes);
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(answer.substring(9, 12));
            String json = answer.substring(answer.indexOf('{'), answer.lastIndexOf('}') + 1);
            return new Api.Response(status, json, json.getBytes(StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Five failures in a row, waiting out the growing pause before the third, fourth and fifth. */
    private static List<Api.Response> fiveFailures(String source, String username) throws InterruptedException {
        List<Api.Response> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(loginFrom(source, username, "Wrong-Password-" + i));
            Thread.sleep(i < 2 || i == 4 ? 0 : 1100L << (i - 2));
        }
        return answers;
    }

    @Test
    void failuresPauseTheUsernameOnThatComputerOnlyWithOneAnswerForRealAndUnknownNames() throws Exception {
        Accounts.Account account = Accounts.open("AUDITOR");
        String unknown = "no" + account.username();
        for (String name : List.of(account.username(), unknown)) {
            List<Api.Response> answers = fiveFailures("127.0.0.2", name);
            answers.forEach(a -> assertEquals("LOGIN_FAILED", a.json().getString("code"), a.body()));
        }
        // The fifth failure paused both names on 127.0.0.2 for 15 minutes, whether or not an account has that name.
        Api.Response right = loginFrom("127.0.0.2", account.username(), account.password());
        Api.Response stranger = loginFrom("127.0.0.2", unknown, account.password());
        assertEquals(429, right.status(), "even the right password waits out the pause: " + right.body());
        assertEquals("LOGIN_PAUSED", right.json().getString("code"));
        assertBilingual(right.json());
        assertEquals(stranger.status(), right.status(), "a real and an unknown name get one answer");
        assertEquals(stranger.json(), right.json());
        // The stranger's failures elsewhere do not lock the real user out at his own computer.
        Api.Response own = loginFrom("127.0.0.3", account.username(), account.password());
        assertEquals(200, own.status(), own.body());
        assertEquals("TOTP", own.json().getString("secondFactor"));

        JsonObject trail = Api.as("auditor").get("/api/audit?actor=" + account.username() + "&action=ACCOUNT_LOCKED").json();
        assertEquals(1, trail.getJsonArray("items").size(), "the fifth failure paused the name on 127.0.0.2");
        // The security administrator lifts the pause; the system administrator cannot (三员分立).
        assertEquals(403, admin.post("/api/users/" + account.id() + "/unlock", Json.createObjectBuilder().build()).status());
        assertEquals(200, Api.as("secadmin").post("/api/users/" + account.id() + "/unlock", Json.createObjectBuilder().build())
                .status());
        assertEquals(200, loginFrom("127.0.0.2", account.username(), account.password()).status());
    }

    @Test
    void anAdministratorManagesUsersAndRoles() {
        Accounts.Account account = Accounts.open("REVIEWER", "HANDLER");
        String name = account.username();
        Api user = account.login();
        JsonObject me = user.get("/api/auth/me").json();
        assertEquals(2, me.getJsonArray("roles").size());
        long id = me.getJsonNumber("id").longValue();
        var changed = admin.put("/api/users/" + id, Json.createObjectBuilder()
                .add("roles", Json.createArrayBuilder().add("AUDITOR")).build());
        assertEquals(200, changed.status(), changed.body());
        assertEquals(200, user.get("/api/audit/verify").status(), "roles take effect at once");
        assertEquals(409, admin.post("/api/users", Json.createObjectBuilder().add("username", name)
                .add("displayName", "x").add("password", Accounts.FIRST_PASSWORD).add("roles", Json.createArrayBuilder().add("AUDITOR"))
                .build()).status());
        assertEquals(400, admin.post("/api/users", Json.createObjectBuilder().add("username", "shortpw")
                .add("displayName", "x").add("password", "short").add("roles", Json.createArrayBuilder().add("AUDITOR"))
                .build()).status());
        // Deactivating ends the user's sessions.
        assertEquals(200, admin.put("/api/users/" + id, Json.createObjectBuilder().add("active", false).build()).status());
        assertEquals(401, user.get("/api/auth/me").status());
    }

    @Test
    void theThreeAdministratorsAreSeparateAndKeepToTheirOwnWork() {
        // No account holds two of them, or one of them beside a business post: the admin cannot make himself auditor.
        long adminId = admin.get("/api/auth/me").json().getJsonNumber("id").longValue();
        for (String[] roles : new String[][]{{"ADMINISTRATOR", "AUDITOR"}, {"SECURITY_ADMINISTRATOR", "AUDITOR"},
                {"ADMINISTRATOR", "SECURITY_ADMINISTRATOR"}, {"AUDITOR", "HANDLER"}}) {
            Api.Response r = admin.put("/api/users/" + adminId, Json.createObjectBuilder()
                    .add("roles", Json.createArrayBuilder(List.of(roles))).build());
            assertEquals(409, r.status(), String.join("+", roles) + ": " + r.body());
            assertEquals("ROLES_SEPARATED", r.json().getString("code"));
            assertBilingual(r.json());
        }
        assertEquals(List.of("ADMINISTRATOR"), admin.get("/api/auth/me").json().getJsonArray("roles").stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()).toList(), "nothing changed");
        // Each keeps to his own endpoints.
        Api secadmin = Api.as("secadmin");
        Api auditor = Api.as("auditor");
        assertEquals(403, secadmin.post("/api/users", Json.createObjectBuilder().add("username", "byseca")
                .add("displayName", "x").add("password", Accounts.FIRST_PASSWORD).add("roles", Json.createArrayBuilder().add("HANDLER"))
                .build()).status(), "the security administrator does not create accounts");
        assertEquals(403, secadmin.get("/api/audit").status());
        assertEquals(403, secadmin.get("/api/letters").status());
        assertEquals(403, admin.get("/api/audit").status());
        assertEquals(403, auditor.get("/api/letters").status(), "the auditor reads the trail, not the letters");
        assertEquals(403, auditor.get("/api/users").status());
        assertEquals(200, auditor.get("/api/audit/verify").status());
        assertEquals(200, secadmin.get("/api/users").status());
        assertEquals(200, admin.get("/api/letters").status(), "the system administrator reassigns letters");
    }

    @Test
    void logoutEverywhereEndsEverySessionOfTheAccount() {
        Accounts.Account account = Accounts.open("REVIEWER");
        Api here = account.login();
        Api there = account.login();
        Api other = Api.as("reviewer");
        assertEquals(200, there.get("/api/auth/me").status());
        assertTrue(here.post("/api/auth/logout-everywhere", Json.createObjectBuilder().build()).status() / 100 == 2);
        assertEquals(401, here.get("/api/auth/me").status());
        assertEquals(401, there.get("/api/auth/me").status(), "the other computer's session ended too");
        assertEquals(200, other.get("/api/auth/me").status(), "another account's did not");
    }

    @Test
    void logoutEndsTheToken() {
        Api auditor = Api.as("auditor");
        assertEquals(200, auditor.get("/api/auth/me").status());
        assertTrue(auditor.post("/api/auth/logout", Json.createObjectBuilder().build()).status() / 100 == 2);
        assertEquals(401, auditor.get("/api/auth/me").status());
    }
}
