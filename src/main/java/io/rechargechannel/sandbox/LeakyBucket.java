package io.rechargechannel.sandbox;

import java.util.function.LongSupplier;

/**
 * ReCharge's per-token leaky bucket: each call adds one, the bucket drains {@code leakPerSecond}, and a call
 * that would overflow is refused without adding to it. Time comes from a nanosecond source that tests control.
 */
final class LeakyBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000.0;

    private final int size;
    private final double leakPerSecond;
    private final LongSupplier nanoTime;
    private double level;
    private long lastDrain;

    LeakyBucket(int size, double leakPerSecond, LongSupplier nanoTime) {
        this.size = size;
        this.leakPerSecond = leakPerSecond;
        this.nanoTime = nanoTime;
        this.lastDrain = nanoTime.getAsLong();
    }

    /** Adds one call if it fits; false (and nothing added) if the bucket would overflow. */
    synchronized boolean tryAdd() {
        drain();
        if (level + 1 > size + 1e-9) {
            return false;
        }
        level += 1;
        return true;
    }

    /** Calls currently in the bucket, rounded up, as the "used" half of {@code X-Recharge-Limit}. */
    synchronized int used() {
        drain();
        return (int) Math.ceil(level - 1e-9);
    }

    int size() {
        return size;
    }

    double leakPerSecond() {
        return leakPerSecond;
    }

    private void drain() {
        long now = nanoTime.getAsLong();
        level = Math.max(0, level - (now - lastDrain) / NANOS_PER_SECOND * leakPerSecond);
        lastDrain = now;
    }
}
