package io.rechargechannel.web.channels;

import io.rechargechannel.channel.ChannelProblem;
import io.rechargechannel.channel.MissingPermission;
import io.rechargechannel.web.ErrorBody;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/**
 * Answers a {@link ChannelProblem} with its status and {@link ErrorBody}: each detail becomes a field and a
 * message; a missing permission is one on {@code accessToken} naming the permission, its scopes and the fix; a
 * problem without details names its own field.
 */
@Provider
public class ChannelProblemMapper implements ExceptionMapper<ChannelProblem> {

    @Override
    public Response toResponse(ChannelProblem problem) {
        List<ErrorBody.FieldError> details = problem.details().isEmpty()
                ? problem.field().map(field -> List.of(new ErrorBody.FieldError(field, problem.getMessage()))).orElse(List.of())
                : details(problem);
        return Response.status(status(problem.kind()))
                .entity(new ErrorBody(problem.getMessage(), details))
                .type("application/json")
                .build();
    }

    private static List<ErrorBody.FieldError> details(ChannelProblem problem) {
        List<?> details = problem.details().stream().allMatch(MissingPermission.class::isInstance)
                ? MissingPermission.onePerPermission(problem.details().stream().map(MissingPermission.class::cast).toList())
                : problem.details();
        return details.stream().map(detail -> detail(problem, detail)).toList();
    }

    private static ErrorBody.FieldError detail(ChannelProblem problem, Object detail) {
        if (detail instanceof MissingPermission missing) {
            return new ErrorBody.FieldError("accessToken", missing.permission() + " (" + missing.scope()
                    + ") is missing. " + missing.fix());
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
