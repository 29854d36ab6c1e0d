package com.creditquerydesk.interfaces.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Headers every answer carries (docs/rules.md#R14): the interface loads its scripts, styles and images from this
 * server only and runs no inline script; no other site may frame it or learn its addresses from the referrer; and
 * nothing the API answers (ID numbers, page images, replies) is kept in a browser's or proxy's cache. Plugin
 * content is allowed from this server and blob: URLs only, for the reply's PDF preview.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeaders implements Filter {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; "
            + "frame-src 'self' blob:; object-src 'self' blob:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setHeader("Content-Security-Policy", POLICY);
        http.setHeader("X-Content-Type-Options", "nosniff");
        http.setHeader("X-Frame-Options", "DENY");
        http.setHeader("Referrer-Policy", "no-referrer");
        if (request.isSecure()) {
            // Over TLS only (README "TLS"): a browser that saw it refuses plain HTTP to this host for a year.
            http.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        String path = ((HttpServletRequest) request).getRequestURI();
        if (path.startsWith(((HttpServletRequest) request).getContextPath() + "/api/")) {
            http.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
