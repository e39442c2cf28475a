package io.rechargechannel.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Plain words for the answers JAX-RS gives on its own, saying what to send instead. */
final class JaxRsRefusals {

    private JaxRsRefusals() {
    }

    static ErrorBody describe(Response refused) {
        return switch (refused.getStatus()) {
            case 400 -> ErrorBody.of("The request could not be read");
            case 404 -> ErrorBody.of("There is nothing at this address");
            case 405 -> ErrorBody.of("This address does not take that method", "method", allowed(refused));
            case 406 -> ErrorBody.of("This API answers in JSON only", HttpHeaders.ACCEPT, "must accept application/json");
            case 413 -> ErrorBody.of("The request body is too large");
            case 415 -> ErrorBody.of("The request body must be JSON", HttpHeaders.CONTENT_TYPE,
                    "must be application/json");
            default -> ErrorBody.of(refused.getStatusInfo().getReasonPhrase());
        };
    }

    private static String allowed(Response refused) {
        String allow = refused.getHeaderString(HttpHeaders.ALLOW);
        return allow == null || allow.isBlank() ? "is not one this address takes"
                : "must be one of " + allow.replace(",", ", ");
    }
}
