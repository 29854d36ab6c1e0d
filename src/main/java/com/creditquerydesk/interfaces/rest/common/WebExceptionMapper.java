package com.creditquerydesk.interfaces.rest.common;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/** JAX-RS's own errors (404 path, 405, 415 on a wrong request type...) and unexpected ones, in the same bilingual shape. */
@Provider
public class WebExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(WebExceptionMapper.class.getName());

    @Override
    public Response toResponse(Exception e) {
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

    static Response json(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(error).build();
    }
}
