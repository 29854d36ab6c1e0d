package com.creditquerydesk.interfaces.rest.common;

import com.creditquerydesk.domain.model.extraction.Field;
import com.creditquerydesk.domain.model.extraction.IncompleteReadingException;
import com.creditquerydesk.domain.model.letter.DuplicateLetterException;
import com.creditquerydesk.domain.shared.DomainException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Turns a broken domain rule into a 4xx with the bilingual message. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException e) {
        int status = switch (e.kind()) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_LARGE -> 413;
            case UNSUPPORTED -> 415;
            case UNPROCESSABLE -> 422;
            case LOCKED -> 423;
            case TOO_MANY -> 429;
        };
        String existing = e instanceof DuplicateLetterException d ? d.existingLetterId() : null;
        IncompleteReadingException incomplete = e instanceof IncompleteReadingException i ? i : null;
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(e.code(), e.messageZh(), e.messageEn(), existing,
                        incomplete == null ? null : incomplete.fields().stream().map(Field::key).toList(),
                        incomplete == null ? null : incomplete.rows())).build();
    }
}
