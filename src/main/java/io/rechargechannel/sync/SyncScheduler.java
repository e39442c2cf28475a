package io.rechargechannel.sync;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Every tick, hands each active channel whose interval has passed to a worker. Channels run side by
 * side, so a slow or failing one never delays the others; the lease keeps a channel to one worker
 * across instances, the in-flight set spares this instance asking for a lease it already holds.
 */
@ApplicationScoped
public class SyncScheduler {

    @Inject
    ChannelSync channelSync;

    @Inject
    SyncChannels channels;

    @Inject
    SyncConfig config;

    @Inject
    SyncStopSignal stopSignal;

    @Inject
    Clock clock;

    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private ExecutorService workers;

    @PostConstruct
    void start() {
        workers = Executors.newFixedThreadPool(config.workers(), r -> {
            Thread thread = new Thread(r, "sync-worker");
            thread.setDaemon(true);
            return thread;
        });
    }

    void stop(@Observes ShutdownEvent event) {
        stopSignal.stop();
        workers.shutdownNow();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Scheduled(every = "${sync.tick:10s}", delayed = "${sync.first-delay:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = SyncDisabled.class)
    public void tick() {
        List<Long> due = channels.dueChannelIds(clock.instant());
        due.forEach(id -> submit(id, SyncTrigger.SCHEDULE));
    }

    /** Queues a run now, whatever the interval; false when this instance is already syncing it. */
    public boolean submit(long channelId, SyncTrigger trigger) {
        if (!inFlight.add(channelId)) {
            return false;
        }
        workers.execute(() -> {
            try {
                channelSync.run(channelId, trigger);
            } catch (RuntimeException e) {
                Log.errorf(e, "Channel %d: sync run crashed", channelId);
            } finally {
                inFlight.remove(channelId);
            }
        });
        return true;
    }

    public boolean isRunning(long channelId) {
        return inFlight.contains(channelId);
    }
}
