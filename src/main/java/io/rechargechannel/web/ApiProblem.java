package io.rechargechannel.web;

import jakarta.ws.rs.WebApplicationException;

/**
 * A request this API refuses, with its status and {@link ErrorBody}. A {@link WebApplicationException}, so that
 * thrown while a parameter is converted it reaches {@link ApiErrorMappers} as it is.
 */
public class ApiProblem extends WebApplicationException {

    private final transient ErrorBody body;

    public ApiProblem(int status, ErrorBody body) {
        super(body.error(), null, status);
        this.body = body;
    }

    public static ApiProblem notFound(String message) {
        return new ApiProblem(404, ErrorBody.of(message));
    }

    /** A path or query parameter that cannot be used; {@code message} says what it must be, not what it was. */
    public static ApiProblem badParameter(String name, String message) {
        return new ApiProblem(400, ErrorBody.of("The parameter " + name + " " + message, name, message));
    }

    public ErrorBody body() {
        return body;
    }
}
