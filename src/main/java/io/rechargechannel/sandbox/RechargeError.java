package io.rechargechannel.sandbox;

import java.util.List;
import java.util.Map;

/** An error answer in ReCharge's shape: {@code {"errors": "..."}} or {@code {"errors": {"field": ["..."]}}}. */
final class RechargeError extends RuntimeException {

    final int status;
    final Object errors;

    RechargeError(int status, Object errors) {
        super(null, null, false, false);
        this.status = status;
        this.errors = errors;
    }

    static RechargeError field(String field, String message) {
        return new RechargeError(422, Map.of(field, List.of(message)));
    }

    static RechargeError invalidCursor() {
        return field("cursor", "Invalid value");
    }

    static RechargeError notFound() {
        return new RechargeError(404, "Not Found");
    }
}
