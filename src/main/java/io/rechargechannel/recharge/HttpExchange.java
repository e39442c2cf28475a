package io.rechargechannel.recharge;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;

import java.io.IOException;
import java.time.Duration;

/**
 * One attempt at one call: wait for the token's bucket, send, log, count, and turn the answer into what the
 * call's {@link BodyReader} reads from it, or an exception. Transient trouble (no answer, 429, 5xx, a cut-off
 * or malformed body) comes out as {@link ReChargeUnavailableException} for the retry around it to judge.
 */
@ApplicationScoped
class HttpExchange {

    /** Reads a successful answer's body; reading is part of the attempt, so that a malformed body is retried. */
    @FunctionalInterface
    interface BodyReader<T> {

        /** @throws IOException when the body is not well-formed JSON (a transient failure) */
        T read(byte[] body) throws IOException;
    }

    private final ReChargeApis apis;
    private final ReChargeMetrics metrics;
    private final ReChargeClientConfig config;

    HttpExchange(ReChargeApis apis, ReChargeMetrics metrics, ReChargeClientConfig config) {
        this.apis = apis;
        this.metrics = metrics;
        this.config = config;
    }

    /** The token's bucket would hold the attempt back longer than the call may still wait: it was not sent. */
    static final class NotSentInTime extends RuntimeException {
        NotSentInTime() {
            super("the rate limit wait is longer than the call's budget", null, false, false);
        }
    }

    /** @param longestWait how long the call may wait for the token's bucket; longer, and {@link NotSentInTime} */
    <T> T attempt(ReChargeCredentials credentials, LeakyBucket bucket, ApiCall call, CallRecorder recorder,
                  BodyReader<T> reader, Duration longestWait) {
        Duration wait = bucket.reserve(longestWait).orElseThrow(NotSentInTime::new);
        recorder.attemptStarts();
        try {
            recorder.waitedForLimiter(pace(wait));
            HttpReply reply = send(credentials, call);
            BucketReading.parse(reply.rateLimit()).ifPresent(reading -> bucket.observe(reading.used(), reading.size()));
            return bodyOf(reply, call, credentials.accessToken(), bucket, recorder, reader);
        } finally {
            recorder.attemptEnds();
        }
    }

    private static Duration pace(Duration wait) {
        if (!wait.isZero()) {
            sleep(wait);
        }
        return wait;
    }

    private HttpReply send(ReChargeCredentials credentials, ApiCall call) {
        long started = System.nanoTime();
        try {
            HttpReply reply = HttpReply.read(call.sendWith(apis.forBaseUrl(credentials.baseUrl()), credentials.accessToken()));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            Log.debugf("ReCharge %s -> %d in %d ms (X-Request-Id %s, X-Recharge-Limit %s)", call.describe(),
                    reply.status(), took.toMillis(), reply.requestId(), reply.rateLimit());
            metrics.answered(reply.status(), took);
            return reply;
        } catch (ProcessingException noCompleteAnswer) {
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            String why = TokenMask.scrub(NoAnswerReason.of(noCompleteAnswer), credentials.accessToken());
            Log.debugf("ReCharge %s -> no complete answer after %d ms: %s", call.describe(), took.toMillis(), why);
            metrics.noAnswer(took);
            throw ReplyErrors.transientFailure(call, "no complete answer (" + why + ")", null, noCompleteAnswer);
        }
    }

    private <T> T bodyOf(HttpReply reply, ApiCall call, String token, LeakyBucket bucket, CallRecorder recorder,
                         BodyReader<T> reader) {
        if (reply.status() == 429) {
            recorder.throttled();
            metrics.throttled();
            bucket.throttled(longer(config.throttleWait(), reply.retryAfterDelay().orElse(Duration.ZERO)));
        }
        if (!reply.successful()) {
            throw ReplyErrors.toException(call, reply, token);
        }
        if (reply.truncated()) {
            throw ReplyErrors.transientFailure(call, "body shorter than its Content-Length " + reply.contentLength(), reply, null);
        }
        try {
            return reader.read(reply.body());
        } catch (IOException malformed) {
            throw ReplyErrors.transientFailure(call, "malformed JSON body", reply, malformed);
        }
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis(), wait.toNanosPart() % 1_000_000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the ReCharge rate limit", interrupted);
        }
    }
}
