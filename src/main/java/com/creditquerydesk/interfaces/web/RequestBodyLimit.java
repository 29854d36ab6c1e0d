package com.creditquerydesk.interfaces.web;

import com.creditquerydesk.infrastructure.config.AppConfig;
import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Caps every request body by what its endpoint can take (README "What intake refuses"): a letter upload at the
 * upload limit, a register file at its own, any other body (JSON, the calendar) at a few MB. A body declared larger
 * is answered 413 with the bilingual JSON before anything reads it, after reading and discarding what the client
 * still sends (up to a bound; beyond it the connection is closed after the answer, not reset while sending). A body
 * without a declared length is counted as it is read, and the reader fails at the cap.
 */
@WebFilter(urlPatterns = {"/api/*", "/verify/*"})
public class RequestBodyLimit implements Filter {

    /** Thrown by the counted stream when a body passes its cap; the REST error mapper answers 413. */
    public static final class BodyTooLarge extends IOException {
        public final long limit;

        BodyTooLarge(long limit) {
            super("the request body is larger than " + limit + " bytes");
            this.limit = limit;
        }
    }

    private static final long MULTIPART_OVERHEAD = 1024 * 1024;
    /** How much of a refused body is read and discarded so the client can read the answer. */
    private static final long MAX_DISCARD = 256L * 1024 * 1024;

    @Inject
    AppConfig config;

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            chain.doFilter(req, res);
            return;
        }
        long limit = limitFor(request);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, (HttpServletResponse) res, limit, declared);
            return;
        }
        chain.doFilter(new Counted(request, limit), res);
    }

    private long limitFor(HttpServletRequest request) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        if (!type.startsWith("multipart/")) {
            return config.maxJsonBytes();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return (path.startsWith("/api/register/") ? config.maxRegisterUploadBytes() : config.uploadLimits().maxBytes())
                + MULTIPART_OVERHEAD;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, long limit, long declared)
            throws IOException {
        boolean drained = false;
        if (declared <= MAX_DISCARD) {
            try (InputStream in = request.getInputStream()) {
                byte[] buf = new byte[65536];
                while (in.read(buf) >= 0) {
                    // discarded
                }
                drained = true;
            } catch (IOException e) {
                drained = false;
            }
        }
        if (!drained) {
            response.setHeader("Connection", "close");
        }
        long mb = Math.max(1, limit / (1024 * 1024));
        response.setStatus(413);
        response.setContentType("application/json;charset=UTF-8");
        byte[] body = ("{\"code\":\"REQUEST_TOO_LARGE\",\"message\":\"请求内容过大（" + declared + " 字节），此处上限约为 " + mb
                + " MB\",\"messageEn\":\"the request is too large (" + declared + " bytes); the limit here is about " + mb
                + " MB\"}").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The request with its body counted against the cap. */
    private static final class Counted extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Counted(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int c = in.read();
            if (c >= 0) {
                count(1);
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > limit) {
                throw new BodyTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
