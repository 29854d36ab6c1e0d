package com.creditquerydesk.it;

import com.creditquerydesk.testsupport.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.creditquerydesk.it.IntakeIT.assertBilingual;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Accounts, roles, tokens and the lock after five wrong passwords (issue 2). */
class AccountsIT {

    private final Api admin = Api.as("admin");

    /** A new account, created by the system administrator, whose terminals the security administrator registers. */
    static String newUser(String... roles) {
        return newUser(List.of("127.0.0.0/8", "::1"), roles);
    }

    static String newUser(List<String> terminals, String... roles) {
        String name = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        var r = Api.as("admin").post("/api/users", Json.createObjectBuilder().add("username", name)
                .add("displayName", "测试用户").add("password", "secret-pass-1")
                .add("roles", Json.createArrayBuilder(List.of(roles))).build());
        assertEquals(201, r.status(), r.body());
        var t = Api.as("secadmin").put("/api/users/" + r.json().getJsonNumber("id").longValue() + "/terminals",
                Json.createObjectBuilder().add("terminals", Json.createArrayBuilder(terminals)).build());
        assertEquals(200, t.status(), t.body());
        return name;
    }

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

    @Test
    void fiveWrongPasswordsLockTheAccount() {
        String name = newUser("AUDITOR");
        Api anon = Api.anonymous();
        for (int i = 0; i < 4; i++) {
            Api.Response wrong = anon.post("/api/auth/login", Json.createObjectBuilder().add("username", name)
                    .add("password", "wrong-" + i).build());
            assertEquals(400, wrong.status());
            assertEquals("LOGIN_FAILED", wrong.json().getString("code"));
        }
        Api.Response fifth = anon.post("/api/auth/login", Json.createObjectBuilder().add("username", name)
                .add("password", "wrong-5").build());
        Api.Response right = anon.post("/api/auth/login", Json.createObjectBuilder().add("username", name)
                .add("password", "secret-pass-1").build());
        assertEquals(400, right.status(), "even the right password waits out the lock");
        assertBilingual(right.json());
        // Locked, wrong and unknown get one answer: none of them tells a stranger that the account exists.
        Api.Response unknown = anon.post("/api/auth/login", Json.createObjectBuilder().add("username", "no-" + name)
                .add("password", "secret-pass-1").build());
        for (Api.Response r : List.of(fifth, right)) {
            assertEquals(unknown.status(), r.status());
            assertEquals(unknown.json(), r.json());
        }
        JsonObject trail = Api.as("auditor").get("/api/audit?actor=" + name + "&action=ACCOUNT_LOCKED").json();
        assertEquals(1, trail.getJsonArray("items").size(), "the fifth wrong password locked the account");
        // The security administrator lifts the lock; the system administrator cannot (三员分立).
        Api secadmin = Api.as("secadmin");
        long id = secadmin.get("/api/users").structure().asJsonArray().stream().map(v -> v.asJsonObject())
                .filter(u -> u.getString("username").equals(name)).findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertEquals(403, admin.post("/api/users/" + id + "/unlock", Json.createObjectBuilder().build()).status());
        assertEquals(200, secadmin.post("/api/users/" + id + "/unlock", Json.createObjectBuilder().build()).status());
        assertNotNull(Api.anonymous().login(name, "secret-pass-1"));
    }

    @Test
    void anAdministratorManagesUsersAndRoles() {
        String name = newUser("REVIEWER", "HANDLER");
        Api user = Api.anonymous().login(name, "secret-pass-1");
        JsonObject me = user.get("/api/auth/me").json();
        assertEquals(2, me.getJsonArray("roles").size());
        long id = me.getJsonNumber("id").longValue();
        var changed = admin.put("/api/users/" + id, Json.createObjectBuilder()
                .add("roles", Json.createArrayBuilder().add("AUDITOR")).build());
        assertEquals(200, changed.status(), changed.body());
        assertEquals(200, user.get("/api/audit/verify").status(), "roles take effect at once");
        assertEquals(409, admin.post("/api/users", Json.createObjectBuilder().add("username", name)
                .add("displayName", "x").add("password", "secret-pass-1").add("roles", Json.createArrayBuilder().add("AUDITOR"))
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
                .add("displayName", "x").add("password", "secret-pass-1").add("roles", Json.createArrayBuilder().add("HANDLER"))
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
        String name = newUser("REVIEWER");
        Api here = Api.anonymous().login(name, "secret-pass-1");
        Api there = Api.anonymous().login(name, "secret-pass-1");
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
