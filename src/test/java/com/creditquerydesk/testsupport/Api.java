package com.creditquerydesk.testsupport;

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
import java.util.Map;
import java.util.UUID;

/** A black-box client of the running server's JSON API (base URL from cqd.base.url). */
public final class Api {

    public static final String BASE = System.getProperty("cqd.base.url", "http://localhost:8080");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    private final String token;

    private Api(String base, String token) {
        this.base = base;
        this.token = token;
    }

    public static Api anonymous() {
        return new Api(BASE, null);
    }

    public static Api at(String base) {
        return new Api(base, null);
    }

    /** Logs in a demo user (password "demo-" + username). */
    public static Api as(String username) {
        return as(BASE, username);
    }

    /** Logs in a demo user on the server at that base URL. */
    public static Api as(String base, String username) {
        return at(base).login(username, "demo-" + username);
    }

    public Api login(String username, String password) {
        Response r = post("/api/auth/login", Json.createObjectBuilder().add("username", username)
                .add("password", password).build());
        if (r.status() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + r.status() + " " + r.body());
        }
        return new Api(base, r.json().getString("token"));
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

    public Response putRaw(String path, String body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    public Response put(String path, JsonValue json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.toString(), StandardCharsets.UTF_8)).build());
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
