package com.creditquerydesk.it;

import com.creditquerydesk.domain.model.user.Totp;
import com.creditquerydesk.domain.model.user.TotpSecret;
import com.creditquerydesk.testsupport.Accounts;
import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.SecondFactors;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.creditquerydesk.it.IntakeIT.assertBilingual;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Log-in with a second factor (docs/rules.md#R24) and the password policy (R25), over HTTP as a new member of staff
 * meets them: the first log-in by SMS from the demo outbox, his own password, an authenticator app bound by its QR
 * code, recovery codes, the security administrator's reset; and answers whose time does not tell which names exist.
 */
class SecondFactorIT {

    private static JsonObject login(String username, String password) {
        Api.Response r = Api.anonymous().post("/api/auth/login", Json.createObjectBuilder().add("username", username)
                .add("password", password).build());
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static Api.Response answer(JsonObject challenge, String code) {
        return Api.anonymous().answer(challenge.getString("challenge"), code);
    }

    private static void assertRefused(Api.Response r, int status, String code) {
        assertEquals(status, r.status(), r.body());
        assertEquals(code, r.json().getString("code"));
        assertBilingual(r.json());
    }

    @Test
    void theFirstLogInIsBySmsAndThenTheOwnerMustChooseHisOwnPassword() {
        Accounts.Account account = Accounts.create(List.of("127.0.0.0/8", "::1"), "REVIEWER");
        JsonObject challenge = login(account.username(), account.password());
        assertFalse(challenge.containsKey("token"), "a right password alone is no log-in");
        assertEquals("SMS", challenge.getString("secondFactor"));
        assertEquals(account.mobile().substring(0, 3) + "****" + account.mobile().substring(7), challenge.getString("sentTo"));
        String sms = Api.anonymous().smsCode(account.username());
        assertRefused(answer(challenge, sms.equals("000000") ? "111111" : "000000"), 401, "SECOND_FACTOR_WRONG");
        Api.Response ok = answer(challenge, sms);
        assertEquals(200, ok.status(), ok.body());
        assertTrue(ok.json().getBoolean("passwordChangeRequired"));
        assertRefused(answer(challenge, sms), 401, "SECOND_FACTOR_EXPIRED");
        assertRefused(Api.anonymous().post("/api/auth/login", Json.createObjectBuilder().add("username", account.username())
                .add("password", account.password()).build()), 429, "SMS_TOO_FREQUENT");

        Api first = Api.withToken(ok.json().getString("token"));
        assertRefused(first.get("/api/letters"), 403, "PASSWORD_CHANGE_REQUIRED");
        assertEquals(200, first.get("/api/auth/me").status(), "who am I works before the change");
        for (String[] weak : new String[][]{{"Short-1a", "PASSWORD_TOO_SHORT"}, {"abcdefghijkl", "PASSWORD_TOO_SIMPLE"},
                {"My-" + account.username() + "-1", "PASSWORD_CONTAINS_USERNAME"}, {"P@ssw0rd1234", "PASSWORD_COMMON"},
                {account.password(), "PASSWORD_REUSED"}}) {
            assertRefused(first.post("/api/auth/password", Json.createObjectBuilder().add("current", account.password())
                    .add("chosen", weak[0]).build()), 400, weak[1]);
        }
        assertRefused(first.post("/api/auth/password", Json.createObjectBuilder().add("current", "Not-The-Password-1")
                .add("chosen", "Mein-Eigenes-2026").build()), 400, "PASSWORD_WRONG");
        assertEquals(200, first.post("/api/auth/password", Json.createObjectBuilder().add("current", account.password())
                .add("chosen", "Mein-Eigenes-2026").build()).status());
        assertEquals(200, first.get("/api/letters").status(), "the session works once the password is his own");
    }

    @Test
    void anAuthenticatorAppIsBoundByItsQrCodeAndEachCodeAndRecoveryCodeWorksOnce() throws Exception {
        Accounts.Account account = Accounts.create(List.of("127.0.0.0/8", "::1"), "REVIEWER");
        long smsSentAt = System.currentTimeMillis();
        Api me = account.login();
        String password = "Mein-Eigenes-2026";
        assertEquals(200, me.post("/api/auth/password", Json.createObjectBuilder().add("current", account.password())
                .add("chosen", password).build()).status());

        JsonObject enrolment = me.post("/api/auth/totp/enrolment", Json.createObjectBuilder().build()).json();
        TotpSecret secret = TotpSecret.base32(enrolment.getString("secret"));
        assertEquals(enrolment.getString("keyUri"), decodeQr(enrolment.getString("qrCode")), "the QR code carries the key");
        assertTrue(enrolment.getString("keyUri").startsWith("otpauth://totp/"));
        long step = Totp.step(Instant.now());
        String wrong = Totp.code(secret, step + 5);
        assertRefused(me.post("/api/auth/totp/enrolment/confirm", Json.createObjectBuilder()
                .add("enrolment", enrolment.getString("enrolment")).add("code", wrong).build()), 401, "SECOND_FACTOR_WRONG");
        String sealed = enrolment.getString("enrolment");
        String tampered = sealed.substring(0, 10) + (sealed.charAt(10) == 'A' ? 'B' : 'A') + sealed.substring(11);
        assertRefused(me.post("/api/auth/totp/enrolment/confirm", Json.createObjectBuilder().add("enrolment", tampered)
                .add("code", SecondFactors.freshCode(secret)).build()), 400, "TOTP_ENROLMENT_INVALID");
        Api.Response bound = me.post("/api/auth/totp/enrolment/confirm", Json.createObjectBuilder()
                .add("enrolment", enrolment.getString("enrolment")).add("code", SecondFactors.freshCode(secret)).build());
        assertEquals(200, bound.status(), bound.body());
        List<String> recovery = bound.json().getJsonArray("recoveryCodes").getValuesAs(JsonString::getString);
        assertEquals(10, recovery.size());
        assertEquals(10, recovery.stream().distinct().count());

        JsonObject challenge = login(account.username(), password);
        assertEquals("TOTP", challenge.getString("secondFactor"), "once bound, the app is the factor");
        String code = SecondFactors.freshCode(secret);
        assertEquals(200, answer(challenge, code).status());
        JsonObject again = login(account.username(), password);
        assertRefused(answer(again, code), 401, "SECOND_FACTOR_WRONG");
        assertEquals(200, answer(again, recovery.get(0).toUpperCase()).status(), "a recovery code instead of the app's");
        assertRefused(answer(login(account.username(), password), recovery.get(0)), 401, "SECOND_FACTOR_WRONG");
        JsonObject trail = Api.as("auditor").get("/api/audit?actor=" + account.username() + "&action=RECOVERY_CODE_USED").json();
        assertEquals(1, trail.getJsonArray("items").size());

        // Two computers answering at once with codes of two steps: the account is judged one answer at a time (they
        // used to race on the account's row and one got a 500). The earlier step gets in only when it is judged
        // first: once a later step was used, an earlier one is a replay (RFC 6238 §5.2).
        JsonObject left = login(account.username(), password);
        JsonObject right = login(account.username(), password);
        String leftCode = SecondFactors.freshCode(secret);
        String rightCode = SecondFactors.freshCode(secret);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<Api.Response> a = two.submit(() -> {
                together.await();
                return answer(left, leftCode);
            });
            Future<Api.Response> b = two.submit(() -> {
                together.await();
                return answer(right, rightCode);
            });
            assertEquals(200, b.get().status(), "the later step always gets in: " + b.get().body());
            assertTrue(a.get().status() == 200 || a.get().body().contains("SECOND_FACTOR_WRONG"),
                    "the earlier step gets in or is refused as used, never fails: " + a.get().body());
        } finally {
            two.shutdownNow();
        }

        // A lost phone: only the security administrator removes the app; then the account is back on SMS.
        assertEquals(403, Api.as("admin").post("/api/users/" + account.id() + "/second-factor/reset",
                Json.createObjectBuilder().build()).status());
        Api.Response reset = Api.as("secadmin").post("/api/users/" + account.id() + "/second-factor/reset",
                Json.createObjectBuilder().build());
        assertEquals(200, reset.status(), reset.body());
        assertFalse(reset.json().getBoolean("totpEnrolled"));
        Thread.sleep(Math.max(0, smsSentAt + 61_000 - System.currentTimeMillis()));  // one SMS a minute
        assertEquals("SMS", login(account.username(), password).getString("secondFactor"));
    }

    /** The QR code as an authenticator app reads it, by zbarimg (installed by .ci/run). */
    private static String decodeQr(String dataUri) throws Exception {
        assertTrue(dataUri.startsWith("data:image/png;base64,"));
        Path png = Files.createTempFile("totp", ".png");
        Files.write(png, Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1)));
        Process p = new ProcessBuilder("zbarimg", "--raw", "-q", png.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        Files.delete(png);
        return out;
    }

    /**
     * An unknown name and a real name's wrong password take as long, within 10 % (median of 50 each, interleaved,
     * each from its own loopback address so that no pause interferes).
     */
    @Test
    void anUnknownNameAndAWrongPasswordTakeAsLong() {
        Accounts.Account account = Accounts.create(List.of("127.0.0.0/8", "::1"), "REVIEWER");
        List<Long> unknown = new ArrayList<>();
        List<Long> wrong = new ArrayList<>();
        for (int i = 0; i < 55; i++) {
            String source = "127.0.1." + (10 + i);
            long t0 = System.nanoTime();
            Api.Response u = AccountsIT.loginFrom(source, "nobody" + UUID.randomUUID().toString().substring(0, 8), "Wrong-Pass-2026");
            long t1 = System.nanoTime();
            Api.Response w = AccountsIT.loginFrom(source, account.username(), "Wrong-Pass-2026");
            long t2 = System.nanoTime();
            assertEquals(u.json(), w.json(), "one answer");
            if (i >= 5) {
                unknown.add(t1 - t0);
                wrong.add(t2 - t1);
            }
        }
        double mu = median(unknown);
        double mw = median(wrong);
        assertTrue(Math.abs(mu - mw) / Math.max(mu, mw) <= 0.10,
                String.format("median unknown %.1f ms, wrong password %.1f ms", mu / 1e6, mw / 1e6));
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
