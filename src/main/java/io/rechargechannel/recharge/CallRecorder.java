package io.rechargechannel.recharge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Tallies one logical call across its attempts, for {@link CallStats}. */
final class CallRecorder {

    private final Clock clock;
    private int attempts;
    private int throttled;
    private Duration waited = Duration.ZERO;
    private Instant lastAttemptEnded;

    CallRecorder(Clock clock) {
        this.clock = clock;
    }

    synchronized void attemptStarts() {
        attempts++;
        if (lastAttemptEnded != null) {
            waited = waited.plus(Duration.between(lastAttemptEnded, clock.instant()));
        }
    }

    synchronized void waitedForLimiter(Duration wait) {
        waited = waited.plus(wait);
    }

    synchronized void throttled() {
        throttled++;
    }

    synchronized void attemptEnds() {
        lastAttemptEnded = clock.instant();
    }

    synchronized CallStats stats() {
        return new CallStats(attempts, throttled, waited);
    }
}
