package io.rechargechannel.recharge;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;

/**
 * What one call may still spend: time ({@code retry.max-duration}, from the call's start, covering 429 waits and
 * transient retries alike) and attempts on transient failures ({@code retry.max-attempts}; 429s do not use them
 * up). Between transient failures it waits with exponential backoff and "equal jitter" (half fixed, half random),
 * so that workers that failed together do not retry together, and never waits past the budget.
 */
final class CallBudget {

    private final int maxAttempts;
    private final Duration maxDelay;
    private final long deadlineNanos;
    private final LongSupplier nanoTime;
    private long nextDelayMillis;
    private int transientFailures;

    CallBudget(int maxAttempts, Duration initialDelay, Duration maxDelay, Duration maxDuration, LongSupplier nanoTime) {
        this.maxAttempts = maxAttempts;
        this.maxDelay = maxDelay;
        this.nanoTime = nanoTime;
        this.deadlineNanos = nanoTime.getAsLong() + maxDuration.toNanos();
        this.nextDelayMillis = initialDelay.toMillis();
    }

    static CallBudget startingNow(ReChargeClientConfig config) {
        ReChargeClientConfig.Retry retry = config.retry();
        return new CallBudget(retry.maxAttempts(), retry.initialDelay(), retry.maxDelay(), retry.maxDuration(),
                System::nanoTime);
    }

    /** How long the call may still wait or send; zero once the budget is spent. */
    Duration left() {
        return Duration.ofNanos(Math.max(0, deadlineNanos - nanoTime.getAsLong()));
    }

    /**
     * After a transient failure (5xx, no or a broken answer): how long to wait before the next attempt, or empty
     * when the call should give up (its attempts are used up, or the wait would end past the budget).
     */
    Optional<Duration> afterTransientFailure() {
        transientFailures++;
        Duration delay = Duration.ofMillis(exponentialDelay());
        return transientFailures < maxAttempts && delay.compareTo(left()) < 0 ? Optional.of(delay) : Optional.empty();
    }

    /**
     * After a 429: send again at once while time is left, or empty to give up. No wait here: the token's bucket
     * holds the next attempt back for the throttle wait, and every other caller on the token with it.
     */
    Optional<Duration> afterThrottle() {
        return left().isZero() ? Optional.empty() : Optional.of(Duration.ZERO);
    }

    private long exponentialDelay() {
        long base = Math.min(nextDelayMillis, maxDelay.toMillis());
        nextDelayMillis = Math.min(nextDelayMillis * 2, maxDelay.toMillis());
        long half = base / 2;
        return half + ThreadLocalRandom.current().nextLong(half + 1);
    }
}
