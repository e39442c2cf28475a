package io.rechargechannel.sync;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.rechargechannel.orders.ImportResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prometheus figures of the sync, tagged by channel id (never by token): orders imported, run
 * durations and outcomes, and each channel's lag (seconds since its last successful orders sync).
 */
@ApplicationScoped
public class SyncMetrics {

    @Inject
    MeterRegistry registry;

    @Inject
    Clock clock;

    private final Map<Long, Instant> lastSuccess = new ConcurrentHashMap<>();

    void imported(SyncChannel channel, ImportResult result, int quarantined) {
        Tags tags = Tags.of("channel", String.valueOf(channel.id()));
        count("sync.orders.imported", tags.and("result", "created"), result.created());
        count("sync.orders.imported", tags.and("result", "updated"), result.updated());
        count("sync.orders.imported", tags.and("result", "unchanged"), result.unchanged());
        count("sync.orders.quarantined", tags, quarantined);
    }

    void run(SyncChannel channel, SyncStream stream, SyncRun.Outcome outcome, long nanos) {
        Timer.builder("sync.run.duration")
                .description("Duration of sync runs")
                .tags("channel", String.valueOf(channel.id()), "stream", stream.name().toLowerCase(),
                        "outcome", outcome.name().toLowerCase())
                .register(registry)
                .record(Duration.ofNanos(nanos));
        if (stream == SyncStream.ORDERS && outcome != SyncRun.Outcome.FAILED) {
            watchLag(channel.id());
            lastSuccess.put(channel.id(), clock.instant());
        }
    }

    /** Seeds the lag gauge from the database at start-up, so the figure survives restarts. */
    public void knownSuccess(long channelId, Instant at) {
        watchLag(channelId);
        lastSuccess.merge(channelId, at, (a, b) -> a.isAfter(b) ? a : b);
    }

    private void watchLag(long channelId) {
        if (!lastSuccess.containsKey(channelId)) {
            registry.gauge("sync.lag.seconds", Tags.of("channel", String.valueOf(channelId)), lastSuccess,
                    map -> {
                        Instant at = map.get(channelId);
                        return at == null ? Double.NaN : Duration.between(at, clock.instant()).toMillis() / 1000.0;
                    });
        }
    }

    private void count(String name, Tags tags, int amount) {
        if (amount > 0) {
            Counter.builder(name).tags(tags).register(registry).increment(amount);
        }
    }
}
