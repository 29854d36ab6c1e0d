package com.creditquerydesk.testsupport;

import com.creditquerydesk.domain.model.user.TotpSecret;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** A black-box client of the running server's JSON API (base URL from cqd.base.url). */
public final class Api {

    public static final String BASE = System.getProperty("cqd.base.url", "http://localhost:8080");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            // HTTP/1.1 as browsers speak it over plain http: no h2c upgrade whose GOAWAY on idle close fails a POST.
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    private static final Map<String, String> SESSIONS = new ConcurrentHashMap<>();
    private static final Map<String, Duration> CLOCK_SHIFTS = new ConcurrentHashMap<>();
    private static final Map<String, Confirmation> CONFIRMATIONS = new java.util.HashMap<>();
    private static final Pattern SMS_CODE = Pattern.compile("验证码为 ([0-9]{6})");

    private final String base;
    private final String token;

    private Api(String base, String token) {
        this.base = base;
        this.token = token;
    }

    public static Api anonymous() {
        return new Api(BASE, null);
    }

    /** The same session on another server of the installation: the token is a row of the shared database. */
    public Api on(String otherBase) {
        return new Api(otherBase, token);
    }

    /** A session whose token a test obtained itself. */
    public static Api withToken(String token) {
        return new Api(BASE, token);
    }

    public static Api at(String base) {
        return new Api(base, null);
    }

    /**
     * A session of a demo user (password "demo-" + username, authenticator secret from the README): the one this
     * test run already has while it is alive, since each authenticator code can be used once only.
     */
    public static Api as(String username) {
        return as(BASE, username);
    }

    /** A session of a demo user on the server at that base URL. */
    public static Api as(String base, String username) {
        String key = base + " " + username;
        String cached = SESSIONS.get(key);
        if (cached != null && new Api(base, cached).get("/api/auth/me").status() == 200) {
            return new Api(base, cached);
        }
        Api fresh = at(base).login(username, "demo-" + username);
        SESSIONS.put(key, fresh.token);
        return fresh;
    }

    /** The server at {@code base} runs its clock {@code shift} off (CQD_CLOCK_TODAY): its codes are of that time. */
    public static void serverClockShift(String base, Duration shift) {
        CLOCK_SHIFTS.put(base, shift);
    }

    private Duration clockShift() {
        return CLOCK_SHIFTS.getOrDefault(base, Duration.ZERO);
    }

    /**
     * Logs in with the password and whatever second factor the server asks for: a demo account's authenticator
     * code, or the SMS code from the demo outbox.
     */
    public Api login(String username, String password) {
        return login(username, password, SecondFactors.demoSecret(username).orElse(null));
    }

    /** Logs in, answering an authenticator challenge with codes of {@code secret}. */
    public Api login(String username, String password, TotpSecret secret) {
        Response r = post("/api/auth/login", Json.createObjectBuilder().add("username", username)
                .add("password", password).build());
        if (r.status() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + r.status() + " " + r.body());
        }
        if (r.json().containsKey("token")) {
            return new Api(base, r.json().getString("token"));
        }
        String challenge = r.json().getString("challenge");
        boolean totp = r.json().getString("secondFactor").equals("TOTP");
        for (int attempt = 0; attempt < 3; attempt++) {
            String code = totp ? SecondFactors.freshCode(requireSecret(username, secret), clockShift()) : smsCode(username);
            Response t = answer(challenge, code);
            if (t.status() == 200) {
                return new Api(base, t.json().getString("token"));
            }
            if (!totp || t.status() != 401 || !t.body().contains("SECOND_FACTOR_WRONG")) {
                throw new IllegalStateException("second factor of " + username + " refused: " + t.status() + " " + t.body());
            }
            // That step was used by another process (an in-container test): freshCode takes a later one.
        }
        throw new IllegalStateException("the authenticator codes of " + username + " were refused three times");
    }

    /** The second step of a log-in. */
    public Response answer(String challenge, String code) {
        return post("/api/auth/login/second-factor", Json.createObjectBuilder().add("challenge", challenge)
                .add("code", code).build());
    }

    /** The newest SMS code the demo outbox holds for the user. */
    public String smsCode(String username) {
        return get("/api/demo/sms-outbox").structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("username").equals(username)).findFirst()
                .map(m -> SMS_CODE.matcher(m.getString("text"))).filter(java.util.regex.Matcher::find)
                .map(m -> m.group(1))
                .orElseThrow(() -> new IllegalStateException("no SMS code for " + username + " in the demo outbox"));
    }

    private static TotpSecret requireSecret(String username, TotpSecret secret) {
        if (secret == null) {
            throw new IllegalStateException(username + " is asked for an authenticator code, and no secret is known");
        }
        return secret;
    }

    /**
     * The body of a sign-off: the password again and this session's answered confirmation (docs/rules.md#R24), one
     * per four minutes, answered here with the demo account's authenticator code.
     */
    public JsonObject signOffBody(String password) {
        return signOffBody(password, null);
    }

    /** {@link #signOffBody(String)} answered with codes of {@code secret} (null: the demo account's). */
    public JsonObject signOffBody(String password, TotpSecret secret) {
        String challenge;
        synchronized (CONFIRMATIONS) {
            Confirmation c = CONFIRMATIONS.get(token);
            if (c == null || c.answeredAt().isBefore(java.time.Instant.now().minusSeconds(240))) {
                c = confirm(secret);
                CONFIRMATIONS.put(token, c);
            }
            challenge = c.challenge();
        }
        var body = Json.createObjectBuilder().add("password", password);
        return (challenge == null ? body : body.add("challenge", challenge)).build();
    }

    private record Confirmation(String challenge, java.time.Instant answeredAt) {
    }

    private Confirmation confirm(TotpSecret own) {
        JsonObject started = post("/api/auth/confirmation", Json.createObjectBuilder().build()).json();
        if (!started.getBoolean("required")) {
            return new Confirmation(null, java.time.Instant.now());
        }
        String username = get("/api/auth/me").json().getString("username");
        String challenge = started.getJsonObject("challenge").getString("challenge");
        TotpSecret secret = own != null ? own : SecondFactors.demoSecret(username).orElseThrow();
        for (int attempt = 0; attempt < 3; attempt++) {
            Response r = post("/api/auth/confirmation/answer", Json.createObjectBuilder().add("challenge", challenge)
                    .add("code", SecondFactors.freshCode(secret, clockShift())).build());
            if (r.status() / 100 == 2) {
                return new Confirmation(challenge, java.time.Instant.now());
            }
            if (r.status() != 401 || !r.body().contains("SECOND_FACTOR_WRONG")) {
                throw new IllegalStateException("confirmation of " + username + " refused: " + r.status() + " " + r.body());
            }
            // That step was used by another process (an in-container test): freshCode takes a later one.
        }
        throw new IllegalStateException("the authenticator codes of " + username + " were refused three times");
    }

    /** The bearer token of this session, for tests that send their own requests. */
    public String token() {
        return token;
    }

    public record Response(int status, String body, byte[] bytes, java.net.http.HttpHeaders headers) {
        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        public JsonStructure structure() {
            return Json.createReader(new StringReader(body)).read();
        }
    }

    public Response get(String path) {
        return send(request(path).GET().build());
    }

    public Response post(String path, JsonValue json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.toString(), StandardCharsets.UTF_8)).build());
    }

    /** A POST of a body as given, not necessarily valid JSON (for tests of malformed input). */
    public Response postRaw(String path, String body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    /** A POST of plain text (a calendar file). */
    public Response postText(String path, String text) {
        return send(request(path).header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build());
    }

    /** A POST of bytes of the given type (a PDF to check, say). */
    public Response postBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public Response putRaw(String path, String body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    public Response put(String path, JsonValue json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.toString(), StandardCharsets.UTF_8)).build());
    }

    /** A letter and its attachments in one registration: each file a part named "file", in order. */
    public Response uploadAll(List<Map.Entry<String, byte[]>> files) {
        String boundary = "----cqd" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> f : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + f.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(f.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request("/api/letters").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** A multipart/form-data POST: the file under "file", plus plain fields. */
    public Response upload(String path, String fileName, byte[] content, Map<String, String> fields) {
        String boundary = "----cqd" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> f : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey()
                        + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + f.getValue() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    public Response upload(String fileName, byte[] content) {
        return upload("/api/letters", fileName, content, Map.of());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private static Response send(HttpRequest request) {
        try {
            HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
