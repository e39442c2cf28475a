package io.rechargechannel.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/** Reads a counter (a sandbox store's request count) every few hundred milliseconds, with the time. */
final class CounterSampler {

    record Sample(long nanos, long value) {
    }

    private final List<Sample> samples = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    CounterSampler(LongSupplier counter, long periodMillis) {
        timer.scheduleAtFixedRate(() -> {
            long value = counter.getAsLong();
            synchronized (samples) {
                samples.add(new Sample(System.nanoTime(), value));
            }
        }, 0, periodMillis, TimeUnit.MILLISECONDS);
    }

    List<Sample> stop() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    /**
     * The rate after the first {@code skipSeconds} of activity up to the last increase, in counts per second:
     * the steady state once a leaky bucket's burst is spent. NaN when less than 10 s remain.
     */
    static double steadyRate(List<Sample> samples, long baseline, double skipSeconds) {
        Sample firstActive = samples.stream().filter(s -> s.value() > baseline).findFirst().orElse(null);
        if (firstActive == null) {
            return Double.NaN;
        }
        long last = samples.get(samples.size() - 1).value();
        Sample end = samples.stream().filter(s -> s.value() == last).findFirst().orElseThrow();
        long from = firstActive.nanos() + (long) (skipSeconds * 1e9);
        Sample start = samples.stream().filter(s -> s.nanos() >= from).findFirst().orElse(null);
        if (start == null || (end.nanos() - start.nanos()) < 10e9) {
            return Double.NaN;
        }
        return (end.value() - start.value()) / ((end.nanos() - start.nanos()) / 1e9);
    }
}
