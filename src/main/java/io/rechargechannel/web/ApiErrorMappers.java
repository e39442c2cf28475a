package io.rechargechannel.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Locale;
import java.util.Set;

/**
 * One error shape for the whole JSON API ({@link ErrorBody}, {@code application/json}): invalid requests name
 * their fields, unreadable bodies name the field but never echo its value. Only the exceptions a request can
 * cause are mapped here; there is no catch-all, so nothing unexpected is dressed up (or leaks a class name).
 */
public class ApiErrorMappers {

    /** Headers that describe the refused answer's own body, not the new one. */
    private static final Set<String> KEPT_BY_THE_BODY = Set.of("content-type", "content-length");

    @ServerExceptionMapper
    Response invalid(ConstraintViolationException e) {
        return answer(400, ErrorBody.invalid(e));
    }

    @ServerExceptionMapper
    Response unreadable(JsonProcessingException e) {
        return answer(400, ErrorBody.unreadable(e));
    }

    /** Replaces Quarkus's own answer to a wrongly typed or unknown field, which echoes the value back. */
    @ServerExceptionMapper
    Response mistyped(MismatchedInputException e) {
        return answer(400, ErrorBody.unreadable(e));
    }

    /** Outside {@code /api} (pages, the sandbox) a parameter refused by {@link NumberParameters} keeps its status only. */
    @ServerExceptionMapper
    Response refused(ApiProblem problem, UriInfo uri) {
        int status = problem.getResponse().getStatus();
        return isApi(uri) ? answer(status, problem.body()) : Response.status(status).build();
    }

    /**
     * What JAX-RS itself refuses under {@code /api} (no such resource, method not allowed, wrong content type,
     * a body that is not JSON at all) in this API's shape, keeping the answer's headers ({@code Allow}).
     * Elsewhere (pages) the answer stays as JAX-RS made it.
     */
    @ServerExceptionMapper
    Response refusedByJaxRs(WebApplicationException e, UriInfo uri) {
        if (!isApi(uri)) {
            return e.getResponse();
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return answer(400, ErrorBody.unreadable(json));
        }
        Response refused = e.getResponse();
        Response.ResponseBuilder answer = Response.status(refused.getStatus());
        refused.getStringHeaders().forEach((name, values) -> {
            if (!KEPT_BY_THE_BODY.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> answer.header(name, value));
            }
        });
        return answer.entity(JaxRsRefusals.describe(refused)).type(MediaType.APPLICATION_JSON).build();
    }

    private static boolean isApi(UriInfo uri) {
        return uri.getPath().equals("/api") || uri.getPath().startsWith("/api/");
    }

    static Response answer(int status, ErrorBody body) {
        return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON).build();
    }
}
