package io.rechargechannel.sync;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;

/** Skips scheduler ticks when {@code sync.enabled=false} (tests and benchmarks drive runs themselves). */
@Singleton
public class SyncDisabled implements Scheduled.SkipPredicate {

    @Inject
    SyncConfig config;

    @Override
    public boolean test(ScheduledExecution execution) {
        return !config.enabled();
    }
}
