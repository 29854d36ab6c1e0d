package com.creditquerydesk.interfaces.web;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.io.IOException;

/**
 * /health on the application port, with the same checks WildFly's MicroProfile Health serves on the
 * management port (9990/health), for load balancers that only see the web port.
 */
@WebServlet("/health")
public class HealthServlet extends HttpServlet {

    @Inject
    @Readiness
    @Any
    Instance<HealthCheck> checks;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean up = true;
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (HealthCheck check : checks) {
            HealthCheckResponse r = check.call();
            up &= r.getStatus() == HealthCheckResponse.Status.UP;
            list.add(Json.createObjectBuilder().add("name", r.getName()).add("status", r.getStatus().name()));
        }
        resp.setStatus(up ? 200 : 503);
        resp.setContentType("application/json;charset=UTF-8");
        resp.getWriter().write(Json.createObjectBuilder().add("status", up ? "UP" : "DOWN").add("checks", list)
                .build().toString());
    }
}
