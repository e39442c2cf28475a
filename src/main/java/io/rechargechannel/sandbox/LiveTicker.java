package io.rechargechannel.sandbox;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;

/** Drives live stores: new orders and updates keep appearing while the app runs. */
@ApplicationScoped
class LiveTicker {

    @Inject
    SandboxStores stores;

    @Inject
    Clock clock;

    @Scheduled(every = "${sandbox.live-tick:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        Instant now = clock.instant();
        for (SandboxStore store : stores.live()) {
            try {
                store.live.tick(store, now);
            } catch (RuntimeException e) {
                Log.errorf(e, "sandbox store %d: live tick failed", store.id());
            }
        }
    }
}
