package io.rechargechannel.recharge;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.TypedGuard;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * Runs a call to completion: fails fast while the token's circuit is open, otherwise retries transient
 * failures (SmallRye Fault Tolerance, with {@link RetryBackoff} deciding each delay) and reports the
 * outcome to the circuit. Errors that retrying cannot fix (401, 403, 422, 426, other 4xx) pass straight out.
 */
@ApplicationScoped
class ReChargeCalls {

    record Answer(JsonNode body, CallStats stats) {
    }

    private final HttpExchange exchange;
    private final TokenLanes lanes;
    private final Clock clock;
    private final TypedGuard<JsonNode> retry;

    ReChargeCalls(HttpExchange exchange, TokenLanes lanes, ReChargeMetrics metrics, ReChargeClientConfig config,
                  Clock clock) {
        this.exchange = exchange;
        this.lanes = lanes;
        this.clock = clock;
        this.retry = TypedGuard.create(JsonNode.class)
                .withRetry()
                .maxRetries(config.retry().maxAttempts() - 1)
                .delay(config.retry().initialDelay().toMillis(), ChronoUnit.MILLIS)
                .maxDuration(config.retry().maxDuration().toMillis(), ChronoUnit.MILLIS)
                .jitter(0, ChronoUnit.MILLIS)
                .retryOn(ReChargeUnavailableException.class)
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
            JsonNode body = retry.get(() -> exchange.attempt(credentials, lane.bucket(), call, recorder));
            lane.circuit().recordSuccess();
            return new Answer(body, recorder.stats());
        } catch (ReChargeUnavailableException exhausted) {
            lane.circuit().recordFailure();
            throw exhausted;
        }
    }

    CircuitState circuitState(ReChargeCredentials credentials) {
        return lanes.of(credentials.accessToken()).circuit().state();
    }

    private static void failFastWhileOpen(TokenCircuit circuit, ApiCall call, ReChargeCredentials credentials) {
        if (circuit.state() == CircuitState.OPEN) {
            throw new CircuitOpenException("ReCharge " + call.describe() + " not sent: calls for token "
                    + credentials.maskedToken() + " kept failing, so they are paused for another "
                    + circuit.remaining().toSeconds() + " s", circuit.remaining());
        }
    }
}
