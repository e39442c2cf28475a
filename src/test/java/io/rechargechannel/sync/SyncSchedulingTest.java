package io.rechargechannel.sync;

import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.sandbox.FaultSpec;
import io.rechargechannel.sandbox.FaultType;
import io.rechargechannel.sandbox.StoreSpec;
import io.rechargechannel.testing.SandboxChannels;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The scheduler runs due channels only, and switching a channel off stops it at once. */
@QuarkusTest
class SyncSchedulingTest {

    @Inject
    SandboxChannels fixture;

    @Inject
    SyncScheduler scheduler;

    @Inject
    ChannelSync sync;

    @Test
    void aTickRunsADueChannelAndNotOneWhoseIntervalHasNotPassed() {
        SandboxChannels.Linked linked = fixture.create(StoreSpec.of("Tick", 100, 5), true);
        long channel = linked.channelId();
        onlyThisChannelIsActive(channel);

        scheduler.tick();
        await().atMost(20, TimeUnit.SECONDS).until(() -> runs(channel) == 1 && !scheduler.isRunning(channel));

        scheduler.tick();
        assertThat(scheduler.isRunning(channel)).isFalse();
        assertThat(runs(channel)).isEqualTo(1);
    }

    @Test
    void switchingAChannelOffStopsItsSyncingWithinOneTick() {
        SandboxChannels.Linked linked = fixture.create(StoreSpec.of("Switch off", 100, 5), true);
        long channel = linked.channelId();
        onlyThisChannelIsActive(channel);
        deactivate(channel);
        fixture.execute("UPDATE sync_state SET last_run_at = NULL WHERE channel_id = ?1", channel);

        scheduler.tick();

        assertThat(scheduler.isRunning(channel)).isFalse();
        assertThat(runs(channel)).isZero();
        assertThat(sync.run(channel, SyncTrigger.MANUAL)).isEqualTo(ChannelSync.Result.NOT_FOUND);
    }

    @Test
    void switchingAChannelOffStopsAnInFlightRunAfterItsCurrentPage() {
        SandboxChannels.Linked linked = fixture.create(StoreSpec.of("In flight", 2500, 10), true);
        long channel = linked.channelId();
        linked.store().injectFault(new FaultSpec(FaultType.SLOW, null, 1.0, Duration.ofMillis(400)));

        CompletableFuture<ChannelSync.Result> run = CompletableFuture.supplyAsync(() -> sync.run(channel, SyncTrigger.MANUAL));
        await().atMost(20, TimeUnit.SECONDS).until(() ->
                fixture.count("SELECT count(*) FROM orders WHERE channel_id = ?1", channel) > 0);
        deactivate(channel);
        long pagesWhenSwitchedOff = fixture.count(
                "SELECT pages FROM sync_run WHERE channel_id = ?1 AND stream = 'ORDERS' ORDER BY id DESC LIMIT 1", channel);
        run.join();
        linked.store().clearFaults();

        SyncRun stopped = OrderSyncTest.lastRun(channel, SyncStream.ORDERS);
        assertThat(stopped.outcome).isEqualTo(SyncRun.Outcome.STOPPED);
        assertThat((long) stopped.pages).as("the page in flight is finished, no other")
                .isBetween(pagesWhenSwitchedOff, pagesWhenSwitchedOff + 1).isLessThan(10);
        assertThat(fixture.count("SELECT count(*) FROM orders WHERE channel_id = ?1", channel))
                .isEqualTo(250L * stopped.pages);
    }

    /** Channels of other tests would be due too: a tick must not start their runs in the background. */
    private void onlyThisChannelIsActive(long channel) {
        fixture.execute("UPDATE sales_channel SET active = false WHERE id <> ?1", channel);
    }

    private static void deactivate(long channel) {
        given().contentType("application/json").body("{\"active\": false}")
                .patch("/api/channels/" + channel).then().statusCode(200);
    }

    private long runs(long channel) {
        return fixture.count("SELECT count(*) FROM sync_run WHERE channel_id = ?1 AND stream = 'ORDERS'", channel);
    }
}
