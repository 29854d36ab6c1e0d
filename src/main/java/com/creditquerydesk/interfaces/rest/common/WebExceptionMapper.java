package com.creditquerydesk.interfaces.rest.common;

import com.creditquerydesk.interfaces.web.RequestBodyLimit;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** JAX-RS's own errors (404 path, 405, 415 on a wrong request type...) and unexpected ones, in the same bilingual shape. */
@Provider
public class WebExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(WebExceptionMapper.class.getName());

    @Override
    public Response toResponse(Exception e) {
        ApiError refused = refusedInput(e);
        if (refused != null) {
            return json(refused.code().equals("REQUEST_TOO_LARGE") ? 413 : 400, refused);
        }
        if (e instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            if (wae.getResponse().hasEntity() && wae.getResponse().getEntity() instanceof ApiError) {
                return wae.getResponse();
            }
            return json(status, switch (status) {
                case 400 -> new ApiError("BAD_REQUEST", "请求格式不正确", "the request is malformed");
                case 401 -> new ApiError("UNAUTHENTICATED", "请先登录", "log in first");
                case 403 -> new ApiError("FORBIDDEN", "无权执行此操作", "you may not do this");
                case 404 -> new ApiError("NOT_FOUND", "资源不存在", "no such resource");
                case 405 -> new ApiError("METHOD_NOT_ALLOWED", "不支持此请求方法", "method not allowed");
                case 406 -> new ApiError("NOT_ACCEPTABLE", "无法提供所要求的格式", "cannot produce the requested format");
                case 413 -> new ApiError("TOO_LARGE", "请求内容过大", "the request is too large");
                case 415 -> new ApiError("UNSUPPORTED_MEDIA_TYPE", "不支持的请求内容类型", "unsupported request media type");
                default -> new ApiError("HTTP_" + status, "请求失败（" + status + "）", "request failed (" + status + ")");
            });
        }
        LOG.log(Level.SEVERE, "unexpected error", e);
        return json(500, new ApiError("INTERNAL_ERROR", "服务器内部错误，已记录日志", "internal server error; it was logged"));
    }

    /**
     * Bad input that surfaces as a library's exception rather than a domain rule: a body over its cap, JSON that
     * does not parse or does not fit the expected types, a multipart header line over the parser's limit (e.g. a file
     * name of thousands of characters), a value the database refuses as too long. Null when e is none of these.
     */
    static ApiError refusedInput(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RequestBodyLimit.BodyTooLarge big) {
                long mb = Math.max(1, big.limit / (1024 * 1024));
                return new ApiError("REQUEST_TOO_LARGE", "请求内容过大，此处上限约为 " + mb + " MB",
                        "the request is too large; the limit here is about " + mb + " MB");
            }
            if (t instanceof JsonException || t instanceof JsonbException) {
                return new ApiError("JSON_INVALID", "请求的 JSON 格式或字段类型不正确", "the request's JSON is malformed or a "
                        + "field has the wrong type");
            }
            // RESTEasy's multipart parser (Apache James Mime4j) is not visible to the deployment: known by name.
            String name = t.getClass().getName();
            if (name.endsWith("MaxLineLimitException") || name.endsWith("MaxHeaderLimitException")
                    || name.endsWith(".MimeException")) {
                return new ApiError("MULTIPART_INVALID", "上传表单格式不正确（如文件名过长，超过 1000 个字符）",
                        "the upload form is malformed (e.g. a file name longer than 1,000 characters)");
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return new ApiError("VALUE_INVALID", "输入的值过长或格式不符合要求", "a value is too long or not of the "
                        + "expected form");
            }
        }
        return null;
    }

    static Response json(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(error).build();
    }
}
