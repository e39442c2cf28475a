package io.rechargechannel.recharge;

/** Turns an unsuccessful answer into the exception callers act on. Only 429 and 5xx are worth retrying. */
final class ReplyErrors {

    private ReplyErrors() {
    }

    static ReChargeException toException(ApiCall call, HttpReply reply, String token) {
        ErrorBody error = ErrorBody.parse(TokenMask.scrub(reply.bodyText(), token));
        String text = error.message();
        String id = reply.requestId();
        String message = describe(call, reply.status(), text, id);
        return switch (reply.status()) {
            case 401 -> new TokenRejectedException(message, 401, text, id);
            case 403 -> new MissingScopeException(message + scopeHint(call), call.endpoint().scope(), text, id);
            case 422 -> unprocessable(call, error, message, id);
            case 426 -> new UnsupportedApiVersionException(message, 426, text, id);
            case 429 -> new ReChargeUnavailableException(message, 429, text, id, reply.retryAfterDelay().orElse(null), null);
            default -> reply.status() >= 500
                    ? new ReChargeUnavailableException(message, reply.status(), text, id, null, null)
                    : new ReChargeRequestException(message, reply.status(), text, id);
        };
    }

    static ReChargeUnavailableException transientFailure(ApiCall call, String what, HttpReply reply, Throwable cause) {
        int status = reply == null ? 0 : reply.status();
        String id = reply == null ? null : reply.requestId();
        return new ReChargeUnavailableException(describe(call, status, what, id), status, what, id, null, cause);
    }

    static String describe(ApiCall call, int status, String text, String requestId) {
        return "ReCharge " + call.describe() + " failed"
                + (status > 0 ? " with HTTP " + status : "")
                + (text == null || text.isEmpty() ? "" : ": " + text)
                + (requestId == null ? "" : " (X-Request-Id " + requestId + ")");
    }

    private static ReChargeException unprocessable(ApiCall call, ErrorBody error, String message, String id) {
        if (error.mentions("cursor")) {
            return new InvalidCursorException(message, 422, error.message(), id);
        }
        if (call.endpoint() == Endpoint.PRODUCTS) {
            return new ProductsUnavailableException(message, 422, error.message(), id);
        }
        return new UnprocessableRequestException(message, 422, error.message(), id);
    }

    private static String scopeHint(ApiCall call) {
        String scope = call.endpoint().scope();
        return scope == null ? "" : " [the token needs the " + scope + " scope]";
    }
}
