package io.rechargechannel.web.channels;

import io.rechargechannel.channel.ChannelProblem;
import io.rechargechannel.web.ErrorBody;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/** Answers a {@link ChannelProblem} with its status and {@link ErrorBody}, naming its field when it has one. */
@Provider
public class ChannelProblemMapper implements ExceptionMapper<ChannelProblem> {

    @Override
    public Response toResponse(ChannelProblem problem) {
        List<?> details = problem.details().isEmpty()
                ? problem.field().map(field -> List.of(new ErrorBody.FieldError(field, problem.getMessage()))).orElse(List.of())
                : problem.details();
        return Response.status(status(problem.kind()))
                .entity(new ErrorBody(problem.getMessage(), details))
                .type("application/json")
                .build();
    }

    private static int status(ChannelProblem.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNACCEPTABLE -> 422;
            case RECHARGE_UNREACHABLE -> 502;
        };
    }
}
