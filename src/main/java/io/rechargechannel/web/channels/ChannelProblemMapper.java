package io.rechargechannel.web.channels;

import io.rechargechannel.channel.ChannelProblem;
import io.rechargechannel.channel.MissingPermission;
import io.rechargechannel.web.ErrorBody;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers a {@link ChannelProblem} with its status and {@link ErrorBody}: each detail becomes a field and a
 * message; a missing permission is one on {@code accessToken} naming the scope, the permission and the fix.
 */
@Provider
public class ChannelProblemMapper implements ExceptionMapper<ChannelProblem> {

    @Override
    public Response toResponse(ChannelProblem problem) {
        return Response.status(status(problem.kind()))
                .entity(new ErrorBody(problem.getMessage(), problem.details().stream()
                        .map(detail -> detail(problem, detail)).toList()))
                .type("application/json")
                .build();
    }

    private static ErrorBody.FieldError detail(ChannelProblem problem, Object detail) {
        if (detail instanceof MissingPermission missing) {
            return new ErrorBody.FieldError("accessToken", "lacks " + missing.scope() + " (" + missing.permission()
                    + "): " + missing.fix());
        }
        return new ErrorBody.FieldError(problem.field().orElse("request"), String.valueOf(detail));
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
