package io.rechargechannel.recharge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Our copy of ReCharge's leaky bucket for one token: every call adds one, the bucket drains at a fixed
 * rate, and ReCharge answers 429 when a call arrives at a full bucket. A call is counted when it is
 * reserved, so concurrent callers queue behind each other; we stop {@code headroom} calls short of full
 * because ReCharge may count calls we do not know about (another app on the same token).
 */
final class LeakyBucket {

    private final double leakPerSecond;
    private final int headroom;
    private final Clock clock;
    private double capacity;
    private double level;
    private Instant lastLeak;

    LeakyBucket(double capacity, double leakPerSecond, int headroom, Clock clock) {
        this.capacity = capacity;
        this.leakPerSecond = leakPerSecond;
        this.headroom = headroom;
        this.clock = clock;
        this.lastLeak = clock.instant();
    }

    /** Counts one call and says how long to wait before sending it so that the bucket never overflows. */
    synchronized Duration reserve() {
        return reserve(ChronoUnit.FOREVER.getDuration()).orElseThrow();
    }

    /** As {@link #reserve()}, but counts nothing and answers empty when the wait would be longer than {@code longest}. */
    synchronized Optional<Duration> reserve(Duration longest) {
        leak();
        double excess = level + 1 - usable();
        Duration wait = excess <= 0 ? Duration.ZERO : seconds(excess / leakPerSecond);
        if (wait.compareTo(longest) > 0) {
            return Optional.empty();
        }
        level += 1;
        return Optional.of(wait);
    }

    /** {@code X-Recharge-Limit: used/size}. ReCharge's count wins when it is fuller than ours. */
    synchronized void observe(int used, int size) {
        leak();
        if (size > 0) {
            capacity = size;
        }
        level = Math.max(level, used);
    }

    /**
     * After a 429 ReCharge's bucket is full: nobody on this token sends again before {@code pause}. The
     * refused call never entered ReCharge's bucket, so its reservation is taken back: otherwise every 429
     * of a storm would add half a second to the next wait and the call would run out of time early.
     */
    synchronized void throttled(Duration pause) {
        leak();
        level = Math.max(level - 1, usable() - 1 + pause.toNanos() / 1e9 * leakPerSecond);
    }

    synchronized double level() {
        leak();
        return level;
    }

    synchronized double capacity() {
        return capacity;
    }

    private double usable() {
        return Math.max(1, capacity - headroom);
    }

    private void leak() {
        Instant now = clock.instant();
        double elapsed = Duration.between(lastLeak, now).toNanos() / 1e9;
        if (elapsed > 0) {
            level = Math.max(0, level - elapsed * leakPerSecond);
            lastLeak = now;
        }
    }

    private static Duration seconds(double seconds) {
        return Duration.ofNanos((long) Math.ceil(seconds * 1e9));
    }
}
