package com.creditquerydesk.infrastructure.sms;

import com.creditquerydesk.domain.model.user.MobileNumber;
import com.creditquerydesk.domain.model.user.SmsGateway;
import com.creditquerydesk.domain.shared.InfrastructureException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Posts each message to the province's SMS platform: every province runs its own, so the address, the body's
 * template ({mobile}, {text}), its type and an Authorization header are configuration (docs/rules.md#R24). Any
 * answer but 2xx is a failure; neither the number nor the code is logged.
 */
public final class HttpSmsGateway implements SmsGateway {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI url;
    private final String bodyTemplate;
    private final String contentType;
    private final Optional<String> authorization;

    public HttpSmsGateway(URI url, String bodyTemplate, String contentType, Optional<String> authorization) {
        this.url = url;
        this.bodyTemplate = bodyTemplate;
        this.contentType = contentType;
        this.authorization = authorization;
    }

    @Override
    public void send(MobileNumber to, String username, String text) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body(to, text), StandardCharsets.UTF_8));
        authorization.ifPresent(a -> request.header("Authorization", a));
        try {
            HttpResponse<Void> answer = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() / 100 != 2) {
                throw failed("HTTP " + answer.statusCode(), null);
            }
        } catch (IOException e) {
            throw failed(e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed("interrupted", e);
        }
    }

    /** The body with the placeholders filled, escaped for JSON or form encoding as the type asks. */
    String body(MobileNumber to, String text) {
        boolean json = contentType.toLowerCase(java.util.Locale.ROOT).contains("json");
        return bodyTemplate.replace("{mobile}", to.digits())
                .replace("{text}", json ? jsonEscaped(text) : java.net.URLEncoder.encode(text, StandardCharsets.UTF_8));
    }

    private static String jsonEscaped(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static InfrastructureException failed(String why, Throwable cause) {
        return new InfrastructureException("SMS_NOT_SENT", "短信平台未能发送验证码（" + why + "），请稍后重试或改用动态口令",
                "the SMS platform did not send the code (" + why + "): try again later or use the authenticator app",
                cause);
    }
}
