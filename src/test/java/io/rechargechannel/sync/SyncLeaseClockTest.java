package io.rechargechannel.sync;

import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.sandbox.FaultSpec;
import io.rechargechannel.sandbox.FaultType;
import io.rechargechannel.sandbox.StoreSpec;
import io.rechargechannel.testing.SandboxChannels;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances on one database whose clocks differ by twice the lease (one's is 4 minutes ahead): the lease's
 * time comes from PostgreSQL, so the one ahead does not see the other's lease as expired and take the channel.
 */
@QuarkusTest
class SyncLeaseClockTest {

    @Inject
    SandboxChannels fixture;

    @Inject
    ChannelSync sync;

    @Inject
    SyncConfig config;

    @Test
    void anInstanceWhoseClockIsAheadByTwiceTheLeaseDoesNotTakeAHeldChannel() {
        SandboxChannels.Linked linked = fixture.create(StoreSpec.of("Skewed clocks", 1000, 10), true);
        long channel = linked.channelId();
        linked.store().injectFault(new FaultSpec(FaultType.SLOW, null, 1.0, Duration.ofMillis(250)));
        ChannelSync ahead = OtherInstance.withClock(
                Clock.offset(Clock.systemUTC(), config.leaseDuration().multipliedBy(2)));

        CompletableFuture<ChannelSync.Result> holder = CompletableFuture.supplyAsync(() -> sync.run(channel, SyncTrigger.MANUAL));
        await().atMost(20, TimeUnit.SECONDS).until(() ->
                fixture.count("SELECT count(*) FROM orders WHERE channel_id = ?1", channel) > 0);
        ChannelSync.Result other = ahead.run(channel, SyncTrigger.SCHEDULE);
        ChannelSync.Result first = holder.join();
        linked.store().clearFaults();

        assertThat(other).as("the instance whose clock is ahead").isEqualTo(ChannelSync.Result.BUSY);
        assertThat(first).isEqualTo(ChannelSync.Result.RAN);
        SyncRun run = OrderSyncTest.lastRun(channel, SyncStream.ORDERS);
        assertThat(run.outcome).as(String.valueOf(run.errorMessage)).isEqualTo(SyncRun.Outcome.SUCCEEDED);
        assertThat(fixture.count("SELECT count(*) FROM sync_run WHERE channel_id = ?1 AND stream = 'ORDERS'", channel))
                .isEqualTo(1);
        OrderSyncTest.assertSameAsTruth(channel, linked.store().orders());
    }
}
