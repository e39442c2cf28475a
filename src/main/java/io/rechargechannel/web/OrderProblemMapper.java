package io.rechargechannel.web;

import io.rechargechannel.orders.OrderProblem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/** Answers an {@link OrderProblem} with 404, 409 or 400 and the API's {@link ErrorBody}. */
@Provider
public class OrderProblemMapper implements ExceptionMapper<OrderProblem> {

    @Override
    public Response toResponse(OrderProblem problem) {
        int status = switch (problem.kind()) {
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case INVALID -> 400;
        };
        List<ErrorBody.FieldError> details = problem.field()
                .map(field -> List.of(new ErrorBody.FieldError(field, problem.getMessage()))).orElse(List.of());
        return Response.status(status).entity(new ErrorBody(problem.getMessage(), details)).type("application/json").build();
    }
}
