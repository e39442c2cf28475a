package io.rechargechannel.recharge;

import java.time.Duration;
import java.util.Optional;

/**
 * A transient failure (5xx, timeout, reset connection, truncated or malformed body, 429) that was still
 * failing when the retry budget ran out. Worth trying again later.
 */
public class ReChargeUnavailableException extends ReChargeException {

    private final Duration retryAfter;

    public ReChargeUnavailableException(String message, int status, String errorMessage, String requestId,
                                        Duration retryAfter, Throwable cause) {
        super(message, status, errorMessage, requestId, cause);
        this.retryAfter = retryAfter;
    }

    /** How long ReCharge asked us to wait ({@code Retry-After} on a 429), when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    boolean throttled() {
        return status() == 429;
    }
}
