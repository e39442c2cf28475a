package io.rechargechannel.recharge;

import java.time.Duration;

/** Calls for this token kept failing, so they fail fast until the cool-down ends. No request was sent. */
public class CircuitOpenException extends ReChargeException {

    private final Duration retryAfter;

    public CircuitOpenException(String message, Duration retryAfter) {
        super(message, 0, null, null, null);
        this.retryAfter = retryAfter;
    }

    /** How long until the circuit lets a trial call through. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
