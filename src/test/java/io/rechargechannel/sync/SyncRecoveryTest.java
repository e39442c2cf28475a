package io.rechargechannel.sync;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.sandbox.FaultSpec;
import io.rechargechannel.sandbox.FaultType;
import io.rechargechannel.sandbox.StoreSpec;
import io.rechargechannel.testing.SandboxChannels;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** A run that stops part-way resumes where it stopped, and a channel never has two workers. */
@QuarkusTest
class SyncRecoveryTest {

    @Inject
    SandboxChannels fixture;

    @Inject
    ChannelSync sync;

    @Inject
    EntityManager em;

    @Test
    void aRunStoppedAfterPageKResumesAtPageKPlusOne() {
        SandboxChannels.Linked linked = fixture.create(StoreSpec.of("Resume", 2000, 20), true);
        long channel = linked.channelId();

        sync.run(channel, SyncTrigger.MANUAL, 3);
        SyncRun first = OrderSyncTest.lastRun(channel, SyncStream.ORDERS);
        assertThat(first.pages).isEqualTo(3);
        assertThat(fixture.count("SELECT count(*) FROM orders WHERE channel_id = ?1", channel)).isEqualTo(750);
        assertThat(checkpoint(channel)).isNotNull();

        // The next page's request fails for good (503 until retries run out): a crash before page 4 is written.
        linked.store().injectFault(FaultSpec.next(FaultType.SERVICE_UNAVAILABLE, 6));
        sync.run(channel, SyncTrigger.MANUAL);
        SyncRun failed = OrderSyncTest.lastRun(channel, SyncStream.ORDERS);
        assertThat(failed.outcome).isEqualTo(SyncRun.Outcome.FAILED);
        assertThat(failed.pages).isZero();
        assertThat(fixture.count("SELECT count(*) FROM orders WHERE channel_id = ?1", channel)).isEqualTo(750);

        linked.store().clearFaults();
        sync.run(channel, SyncTrigger.MANUAL);
        SyncRun resumed = OrderSyncTest.lastRun(channel, SyncStream.ORDERS);
        assertThat(resumed.outcome).isEqualTo(SyncRun.Outcome.SUCCEEDED);
        assertThat(resumed.pages).as("pages 4 to 8 only").isEqualTo(5);
        assertThat(resumed.created).isEqualTo(1250);
        assertThat(resumed.unchanged).isZero();
        assertThat(checkpoint(channel)).isNull();
        OrderSyncTest.assertSameAsTruth(channel, linked.store().orders());
    }

    @Test
    void twoSyncLoopsNeverRunTheSameChannelAtOnce() throws Exception {
        SandboxChannels.Linked linked = fixture.create(StoreSpec.of("Two loops", 1500, 20), true);
        long channel = linked.channelId();
        linked.store().injectFault(new FaultSpec(FaultType.SLOW, null, 1.0, java.time.Duration.ofMillis(150)));

        ExecutorService twoInstances = Executors.newFixedThreadPool(2);
        List<Callable<ChannelSync.Result>> loops = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            loops.add(() -> sync.run(channel, SyncTrigger.SCHEDULE));
        }
        List<ChannelSync.Result> results = new ArrayList<>();
        for (Future<ChannelSync.Result> f : twoInstances.invokeAll(loops)) {
            results.add(f.get());
        }
        twoInstances.shutdown();
        linked.store().clearFaults();

        assertThat(results).containsExactlyInAnyOrder(ChannelSync.Result.RAN, ChannelSync.Result.BUSY);
        assertThat(fixture.count("SELECT count(*) FROM sync_run WHERE channel_id = ?1 AND stream = 'ORDERS'", channel))
                .isEqualTo(1);
        OrderSyncTest.assertSameAsTruth(channel, linked.store().orders());
    }

    @Test
    void aLeaseHeldByALiveWorkerIsRespectedAndACrashedWorkersLeaseIsTakenOver() {
        SandboxChannels.Linked linked = fixture.create(StoreSpec.of("Lease", 300, 10), true);
        long channel = linked.channelId();

        lease(channel, "other-instance/worker", Instant.now().plusSeconds(60));
        assertThat(sync.run(channel, SyncTrigger.SCHEDULE)).isEqualTo(ChannelSync.Result.BUSY);
        assertThat(fixture.count("SELECT count(*) FROM orders WHERE channel_id = ?1", channel)).isZero();

        lease(channel, "crashed-instance/worker", Instant.now().minusSeconds(1));
        assertThat(sync.run(channel, SyncTrigger.SCHEDULE)).isEqualTo(ChannelSync.Result.RAN);
        assertThat(fixture.count("SELECT count(*) FROM orders WHERE channel_id = ?1", channel)).isEqualTo(300);
        assertThat(fixture.count("SELECT count(*) FROM sync_lease WHERE channel_id = ?1", channel)).isZero();
    }

    private void lease(long channel, String owner, Instant expires) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        INSERT INTO sync_lease (channel_id, owner, acquired_at, expires_at) VALUES (?1, ?2, now(), ?3)
                        ON CONFLICT (channel_id) DO UPDATE SET owner = EXCLUDED.owner, expires_at = EXCLUDED.expires_at""")
                .setParameter(1, channel).setParameter(2, owner).setParameter(3, expires.atOffset(ZoneOffset.UTC))
                .executeUpdate());
    }

    private String checkpoint(long channel) {
        return QuarkusTransaction.requiringNew().call(() ->
                SyncState.<SyncState>findById(new SyncState.Key(channel, SyncStream.ORDERS)).cursor);
    }
}
