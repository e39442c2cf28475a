package io.rechargechannel.recharge;

import com.fasterxml.jackson.databind.JsonNode;
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

    record Answer(JsonNode body, CallStats stats) {
    }

    private final HttpExchange exchange;
    private final TokenLanes lanes;
    private final Clock clock;
    private final TypedGuard<JsonNode> retry;
    private final Duration budget;
    private final ReChargeMetrics metrics;

    ReChargeCalls(HttpExchange exchange, TokenLanes lanes, ReChargeMetrics metrics, ReChargeClientConfig config,
                  Clock clock) {
        this.exchange = exchange;
        this.lanes = lanes;
        this.clock = clock;
        this.budget = config.retry().maxDuration();
        this.metrics = metrics;
        this.retry = TypedGuard.create(JsonNode.class)
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

    Answer execute(ReChargeCredentials credentials, ApiCall call) {
        TokenLanes.Lane lane = lanes.of(credentials.accessToken());
        failFastWhileOpen(lane.circuit(), call, credentials);
        CallRecorder recorder = new CallRecorder(clock);
        try {
            JsonNode body = rideOutThrottling(() -> retry.get(() -> exchange.attempt(credentials, lane.bucket(), call, recorder)));
            lane.circuit().recordSuccess();
            return new Answer(body, recorder.stats());
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
    private JsonNode rideOutThrottling(Supplier<JsonNode> guarded) {
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
