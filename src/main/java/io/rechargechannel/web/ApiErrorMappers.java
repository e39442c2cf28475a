package io.rechargechannel.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * One error shape for the whole JSON API ({@link ErrorBody}): invalid requests name their fields,
 * unreadable bodies name the field but never echo its value (it may be a pasted access token).
 */
public class ApiErrorMappers {

    @ServerExceptionMapper
    RestResponse<ErrorBody> invalid(ConstraintViolationException e) {
        return RestResponse.status(RestResponse.Status.BAD_REQUEST, ErrorBody.invalid(e));
    }

    @ServerExceptionMapper
    RestResponse<ErrorBody> unreadable(JsonProcessingException e) {
        return RestResponse.status(RestResponse.Status.BAD_REQUEST, ErrorBody.unreadable(e));
    }

    /** Replaces Quarkus's own answer to a wrongly typed field, which echoes the value back. */
    @ServerExceptionMapper
    RestResponse<ErrorBody> mistyped(MismatchedInputException e) {
        return RestResponse.status(RestResponse.Status.BAD_REQUEST, ErrorBody.unreadable(e));
    }

    @ServerExceptionMapper
    Response unreadable(WebApplicationException e) {
        return ErrorBody.unreadable(e);
    }
}
