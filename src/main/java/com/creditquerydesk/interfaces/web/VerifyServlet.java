package com.creditquerydesk.interfaces.web;

import com.creditquerydesk.application.ServerSettings;
import com.creditquerydesk.application.reply.ReplyVerification;
import com.creditquerydesk.domain.shared.Sha256;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The public verification page printed as a QR code on every signed reply: /verify/{code} shows the reply's
 * number, date, requesting unit and SHA-256, and tells whether an uploaded PDF is byte-identical. No login,
 * and nothing about any candidate.
 */
@WebServlet("/verify/*")
@MultipartConfig(maxFileSize = 30 * 1024 * 1024)
public class VerifyServlet extends HttpServlet {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    @Inject
    ReplyVerification replies;

    @Inject
    ServerSettings settings;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        page(req, resp, null);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Boolean identical = null;
        try {
            Part part = req.getPart("file");
            Optional<ReplyVerification.Verified> view = lookup(req);
            if (part != null && view.isPresent()) {
                try (InputStream in = part.getInputStream()) {
                    identical = Sha256.hex(in.readAllBytes()).equals(view.get().sha256());
                }
            }
        } catch (jakarta.servlet.ServletException | IllegalStateException e) {
            identical = false;
        }
        page(req, resp, identical);
    }

    private Optional<ReplyVerification.Verified> lookup(HttpServletRequest req) {
        String path = req.getPathInfo();
        String code = path == null ? "" : path.replace("/", "");
        return replies.verification(code);
    }

    private void page(HttpServletRequest req, HttpServletResponse resp, Boolean identical) throws IOException {
        Optional<ReplyVerification.Verified> view = lookup(req);
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.setStatus(view.isPresent() ? 200 : 404);
        PrintWriter w = resp.getWriter();
        w.println("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width,initial-scale=1\"><title>复函核验 · Reply verification</title>"
                + "<link rel=\"stylesheet\" href=\"/css/app.css\"></head><body class=\"verify-page\"><main class=\"card\">"
                + "<h1>复函真伪核验</h1>");
        if (view.isEmpty()) {
            w.println("<p class=\"error\" role=\"alert\">未找到该核验码对应的已签发函件。请核对核验码。<br>"
                    + "No signed letter has this verification code.</p>");
        } else {
            ReplyVerification.Verified v = view.get();
            w.println("<dl class=\"verify\"><dt>文种</dt><dd>" + esc(v.title()) + "</dd><dt>发文字号</dt><dd>"
                    + esc(v.number()) + "</dd><dt>签发时间</dt><dd>" + DATE.format(v.signedAt().atZone(settings.zone()))
                    + "</dd><dt>来函单位</dt><dd>" + esc(v.requestingUnit()) + "</dd><dt>文件 SHA-256</dt><dd><code class=\"sha\">"
                    + v.sha256() + "</code></dd></dl>");
            // docs/rules.md#R89: the reply stays as signed; its page names what corrected it, the 更正函's what it corrects
            for (ReplyVerification.Link c : v.correctedBy()) {
                w.println("<p class=\"alert warn corrected\" role=\"status\"><strong>本复函已被 <a href=\"/verify/" + esc(c.code())
                        + "\">" + esc(c.number()) + "</a> 更正</strong>，更正所涉查询对象的查询结果以更正函为准。<br>"
                        + "This reply was corrected by " + esc(c.number()) + ".</p>");
            }
            v.corrects().ifPresent(o -> w.println("<p class=\"corrects\">本函更正 <a href=\"/verify/" + esc(o.code())
                    + "\">" + esc(o.number()) + "</a>。<br>This letter corrects " + esc(o.number()) + ".</p>"));
            if (identical != null) {
                w.println(identical
                        ? "<p class=\"ok\" role=\"status\"><strong>一致：</strong>上传的文件与本中心签发的复函逐字节相同。<br>Identical to the signed reply.</p>"
                        : "<p class=\"error\" role=\"alert\"><strong>不一致：</strong>上传的文件与本中心签发的复函不同，可能被改动。<br>Not identical to the signed reply.</p>");
            }
            w.println("<form method=\"post\" enctype=\"multipart/form-data\"><label for=\"file\">上传收到的 PDF 进行比对"
                    + "</label> <input id=\"file\" name=\"file\" type=\"file\" accept=\"application/pdf\" required> "
                    + "<button type=\"submit\">比对</button></form>");
        }
        w.println("</main></body></html>");
    }


    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
