package io.rechargechannel.recharge;

import io.smallrye.faulttolerance.api.CustomBackoffStrategy;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before the next attempt of one call. After a 429: the throttle wait, or
 * {@code Retry-After} when longer. After any other transient failure: exponential backoff with
 * "equal jitter" (half fixed, half random) so that workers that failed together do not retry together.
 * Never waits past the call's time budget, so the retry gives up in time instead of sleeping through it.
 */
final class RetryBackoff implements CustomBackoffStrategy {

    private final Duration maxDelay;
    private final Duration throttleWait;
    private final long deadlineNanos;
    private long nextDelayMillis;

    RetryBackoff(Duration maxDelay, Duration throttleWait, Duration maxDuration) {
        this.maxDelay = maxDelay;
        this.throttleWait = throttleWait;
        this.deadlineNanos = System.nanoTime() + maxDuration.toNanos();
    }

    static RetryBackoff startingNow(ReChargeClientConfig config) {
        return new RetryBackoff(config.retry().maxDelay(), config.throttleWait(), config.retry().maxDuration());
    }

    @Override
    public void init(long initialDelayInMillis) {
        nextDelayMillis = initialDelayInMillis;
    }

    @Override
    public long nextDelayInMillis(Throwable failure) {
        long delay = failure instanceof ReChargeUnavailableException unavailable && unavailable.throttled()
                ? throttleDelay(unavailable)
                : exponentialDelay();
        return Math.max(0, Math.min(delay, budgetLeftMillis()));
    }

    private long throttleDelay(ReChargeUnavailableException throttled) {
        Duration asked = throttled.retryAfter().orElse(Duration.ZERO);
        return (asked.compareTo(throttleWait) > 0 ? asked : throttleWait).toMillis();
    }

    private long exponentialDelay() {
        long base = Math.min(nextDelayMillis, maxDelay.toMillis());
        nextDelayMillis = Math.min(nextDelayMillis * 2, maxDelay.toMillis());
        long half = base / 2;
        return half + ThreadLocalRandom.current().nextLong(half + 1);
    }

    private long budgetLeftMillis() {
        return Duration.ofNanos(deadlineNanos - System.nanoTime()).toMillis();
    }
}
