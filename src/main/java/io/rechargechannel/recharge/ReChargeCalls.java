package io.rechargechannel.recharge;

import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.TypedGuard;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import java.time.temporal.ChronoUnit;

/**
 * Runs a call to completion: fails fast while the token's circuit is open, otherwise retries transient
 * failures and reports the outcome to the circuit. Two loops, because the two kinds of trouble differ:
 * <ul>
 *   <li>a 429 only says "later": it is sent again, same request (same cursor), as often as it takes
 *       within the call's time budget ({@code retry.max-duration}); the token's bucket holds the re-send
 *       back for the throttle wait. A storm of 429s is ridden out, never counted against the attempts.</li>
 *   <li>5xx, timeouts, resets, truncated or malformed bodies: retried by SmallRye Fault Tolerance with
 *       {@link RetryBackoff}, bounded by {@code retry.max-attempts} and {@code retry.max-duration}.</li>
 * </ul>
 * Errors that retrying cannot fix (401, 403, 422, 426, other 4xx) pass straight out.
 */
@ApplicationScoped
class ReChargeCalls {

    /** The body as the call's reader read it, and what the call cost. */
    record Answer<T>(T body, CallStats stats) {
    }

    private final HttpExchange exchange;
    private final TokenLanes lanes;
    private final Clock clock;
    /** Typed on Object because one guard serves calls that read different things; it passes them through. */
    private final TypedGuard<Object> retry;
    private final Duration budget;
    private final ReChargeMetrics metrics;

    ReChargeCalls(HttpExchange exchange, TokenLanes lanes, ReChargeMetrics metrics, ReChargeClientConfig config,
                  Clock clock) {
        this.exchange = exchange;
        this.lanes = lanes;
        this.clock = clock;
        this.budget = config.retry().maxDuration();
        this.metrics = metrics;
        this.retry = TypedGuard.create(Object.class)
                .withRetry()
                .maxRetries(config.retry().maxAttempts() - 1)
                .delay(config.retry().initialDelay().toMillis(), ChronoUnit.MILLIS)
                .maxDuration(config.retry().maxDuration().toMillis(), ChronoUnit.MILLIS)
                .jitter(0, ChronoUnit.MILLIS)
                .whenException(ReChargeCalls::worthRetryingNow)
                .beforeRetry(failure -> {
                    metrics.retried();
                    Log.debugf("Retrying: %s", failure.getMessage());
                })
                .withCustomBackoff().strategy(() -> RetryBackoff.startingNow(config)).done()
                .done()
                .build();
    }

    /** Sends the call and reads the answer's body with {@code reader}, within the attempt (see {@link HttpExchange}). */
    <T> Answer<T> execute(ReChargeCredentials credentials, ApiCall call, HttpExchange.BodyReader<T> reader) {
        TokenLanes.Lane lane = lanes.of(credentials.accessToken());
        failFastWhileOpen(lane.circuit(), call, credentials);
        CallRecorder recorder = new CallRecorder(clock);
        try {
            @SuppressWarnings("unchecked") // the guard hands back what the attempt returned: a T
            T body = (T) rideOutThrottling(() -> retry.get(
                    () -> exchange.attempt(credentials, lane.bucket(), call, recorder, reader)));
            lane.circuit().recordSuccess();
            return new Answer<>(body, recorder.stats());
        } catch (WireShapeException notReChargesShape) {
            // ReCharge did answer, so this counts as a success for the circuit, as it did when the body was
            // read after the call; what it said cannot be used, and asking again would not change that.
            lane.circuit().recordSuccess();
            throw notReChargesShape.withStats(recorder.stats());
        } catch (ReChargeUnavailableException exhausted) {
            lane.circuit().recordFailure();
            throw exhausted.withStats(recorder.stats());
        } catch (ReChargeException refused) {
            throw refused.withStats(recorder.stats());
        }
    }

    /**
     * Sends again after each 429 until the budget is spent. No sleep here: {@link HttpExchange} told the
     * token's bucket about the 429, so the next attempt waits there, and so does every other caller on the token.
     */
    private Object rideOutThrottling(Supplier<Object> guarded) {
        long deadline = System.nanoTime() + budget.toNanos();
        while (true) {
            try {
                return guarded.get();
            } catch (ReChargeUnavailableException e) {
                if (!e.throttled() || System.nanoTime() - deadline >= 0) {
                    throw e;
                }
                metrics.retried();
                Log.debugf("Throttled, sending again: %s", e.getMessage());
            }
        }
    }

    /** 429s are left to {@link #rideOutThrottling}, so that they never use up the attempts meant for 5xx. */
    private static boolean worthRetryingNow(Throwable failure) {
        return failure instanceof ReChargeUnavailableException unavailable && !unavailable.throttled();
    }

    CircuitState circuitState(ReChargeCredentials credentials) {
        return lanes.of(credentials.accessToken()).circuit().state();
    }

    Duration circuitPause(ReChargeCredentials credentials) {
        return lanes.of(credentials.accessToken()).circuit().remaining();
    }

    private static void failFastWhileOpen(TokenCircuit circuit, ApiCall call, ReChargeCredentials credentials) {
        if (circuit.state() == CircuitState.OPEN) {
            throw new CircuitOpenException("ReCharge " + call.describe() + " not sent: calls for token "
                    + credentials.maskedToken() + " kept failing, so they are paused for another "
                    + circuit.remaining().toSeconds() + " s", circuit.remaining());
        }
    }
}
