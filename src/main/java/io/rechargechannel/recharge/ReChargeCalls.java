package io.rechargechannel.recharge;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Runs a call to completion: fails fast while the token's circuit is open, otherwise sends it until it is
 * answered or its {@link CallBudget} is spent, and reports the outcome to the circuit. One loop and one budget
 * for the two kinds of trouble:
 * <ul>
 *   <li>a 429 only says "later": the same request (same cursor) is sent again; the token's bucket holds the
 *       re-send back for the throttle wait. It uses no attempt, only time.</li>
 *   <li>5xx, timeouts, resets, truncated or malformed bodies: sent again after a backoff, while attempts are left.</li>
 * </ul>
 * No attempt starts, and no wait (backoff or rate limit) runs, past {@code retry.max-duration} from the call's
 * start; an attempt already sent ends within its read timeout. Errors that retrying cannot fix (401, 403, 422,
 * 426, other 4xx) pass straight out.
 */
@ApplicationScoped
class ReChargeCalls {

    /** The body as the call's reader read it, and what the call cost. */
    record Answer<T>(T body, CallStats stats) {
    }

    private final HttpExchange exchange;
    private final TokenLanes lanes;
    private final Clock clock;
    private final ReChargeClientConfig config;
    private final ReChargeMetrics metrics;

    ReChargeCalls(HttpExchange exchange, TokenLanes lanes, ReChargeMetrics metrics, ReChargeClientConfig config,
                  Clock clock) {
        this.exchange = exchange;
        this.lanes = lanes;
        this.clock = clock;
        this.config = config;
        this.metrics = metrics;
    }

    /** Sends the call and reads the answer's body with {@code reader}, within the attempt (see {@link HttpExchange}). */
    <T> Answer<T> execute(ReChargeCredentials credentials, ApiCall call, HttpExchange.BodyReader<T> reader) {
        TokenLanes.Lane lane = lanes.of(credentials.accessToken());
        failFastWhileOpen(lane.circuit(), call, credentials);
        CallRecorder recorder = new CallRecorder(clock);
        try {
            T body = untilAnswered(credentials, lane.bucket(), call, recorder, reader);
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

    private <T> T untilAnswered(ReChargeCredentials credentials, LeakyBucket bucket, ApiCall call,
                                CallRecorder recorder, HttpExchange.BodyReader<T> reader) {
        CallBudget budget = CallBudget.startingNow(config);
        ReChargeUnavailableException last = null;
        while (true) {
            try {
                return exchange.attempt(credentials, bucket, call, recorder, reader, budget.left());
            } catch (HttpExchange.NotSentInTime rateLimitTooSlow) {
                throw last != null ? last : outOfTime(call);
            } catch (ReChargeUnavailableException failure) {
                last = failure;
                Optional<Duration> wait = failure.throttled() ? budget.afterThrottle() : budget.afterTransientFailure();
                if (wait.isEmpty()) {
                    throw failure;
                }
                metrics.retried();
                Log.debugf("%s, sending again in %d ms", failure.getMessage(), wait.get().toMillis());
                pause(wait.get(), failure);
            }
        }
    }

    private ReChargeUnavailableException outOfTime(ApiCall call) {
        return ReplyErrors.transientFailure(call, "not sent: the token's rate limit would hold it back past the "
                + "call's time budget of " + config.retry().maxDuration().toSeconds() + " s", null, null);
    }

    /** A backoff cut short by an interrupt (the service is stopping) gives up with the failure it followed. */
    private static void pause(Duration wait, ReChargeUnavailableException failure) {
        if (wait.isZero()) {
            return;
        }
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw failure;
        }
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
