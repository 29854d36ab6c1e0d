package com.creditquerydesk.interfaces.rest.common;

import com.creditquerydesk.domain.shared.InfrastructureException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/** A failure of the server's own machinery: 500 with the bilingual message, and the cause in the log. */
@Provider
public class InfrastructureExceptionMapper implements ExceptionMapper<InfrastructureException> {

    private static final Logger LOG = Logger.getLogger(InfrastructureExceptionMapper.class.getName());

    @Override
    public Response toResponse(InfrastructureException e) {
        LOG.log(Level.SEVERE, e.code() + ": " + e.messageEn(), e);
        return Response.status(Response.Status.INTERNAL_SERVER_ERROR)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(e.code(), e.messageZh(), e.messageEn())).build();
    }
}
