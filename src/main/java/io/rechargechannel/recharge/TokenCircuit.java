package io.rechargechannel.recharge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A circuit breaker for one token. Calls that ran out of retries count as failures; after
 * {@code threshold} of them in a row the circuit opens for {@code coolDown}, then lets calls try again:
 * one success closes it, one more failure opens it again. Answers that are not transient (401, 403, 422)
 * neither open nor close it.
 */
final class TokenCircuit {

    private final int threshold;
    private final Duration coolDown;
    private final Clock clock;
    private int consecutiveFailures;
    private Instant openedAt;

    TokenCircuit(int threshold, Duration coolDown, Clock clock) {
        this.threshold = threshold;
        this.coolDown = coolDown;
        this.clock = clock;
    }

    synchronized CircuitState state() {
        if (openedAt == null) {
            return CircuitState.CLOSED;
        }
        return !remaining().isZero() ? CircuitState.OPEN : CircuitState.HALF_OPEN;
    }

    /** How long calls must still wait; zero when they may go ahead. */
    synchronized Duration remaining() {
        if (openedAt == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), openedAt.plus(coolDown));
        return left.isNegative() ? Duration.ZERO : left;
    }

    synchronized void recordSuccess() {
        consecutiveFailures = 0;
        openedAt = null;
    }

    synchronized void recordFailure() {
        consecutiveFailures++;
        if (consecutiveFailures >= threshold) {
            openedAt = clock.instant();
        }
    }
}
