package io.rechargechannel.reliability;

import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.sandbox.FaultSpec;
import io.rechargechannel.sandbox.FaultType;
import io.rechargechannel.sandbox.StoreSpec;
import io.rechargechannel.sync.ChannelSync;
import io.rechargechannel.sync.SyncRun;
import io.rechargechannel.sync.SyncTrigger;
import io.rechargechannel.testing.SandboxChannels;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Transient trouble in the middle of a backfill of 2,000 orders (8 pages): each fault is ridden out within
 * the run, the run succeeds, and the warehouse ends up exactly as the store. Faults start once the store has
 * seen 3 requests (the catalog page and two order pages), so they land on order pages that carry a cursor.
 */
@QuarkusTest
class ReliabilityTransientFaultsTest {

    static final int ORDERS = 2000;
    static final int PAGES = 8;

    @Inject
    SandboxChannels fixture;

    @Inject
    ChannelSync sync;

    @Inject
    TruthCheck truth;

    @Test
    void aStormOf25ThrottlesIsRiddenOutOnTheSamePage() {
        var linked = fixture.create(StoreSpec.of("429 storm", ORDERS, 30), true);
        OnRequest storm = OnRequest.after(linked.store(), 2,
                () -> linked.store().injectFault(FaultSpec.next(FaultType.TOO_MANY_REQUESTS, 25)));

        assertThat(sync.run(linked.channelId(), SyncTrigger.MANUAL)).isEqualTo(ChannelSync.Result.RAN);

        storm.join();
        SyncRun run = Runs.lastOrders(linked.channelId());
        Runs.report("429 storm x25", linked.channelId(), linked.store());
        assertThat(run.outcome).isEqualTo(SyncRun.Outcome.SUCCEEDED);
        assertThat(run.pages).isEqualTo(PAGES);
        assertThat(run.throttled).isEqualTo(25);
        assertThat(run.retries).isZero();
        assertThat(run.requests).isEqualTo(PAGES + 25);
        assertThat(run.created).isEqualTo(ORDERS);
        truth.assertWarehouseMatches(linked.channelId(), linked.store().orders());
    }

    @Test
    void burstsOf503AreRetriedWithBackoff() {
        var linked = fixture.create(StoreSpec.of("503 bursts", ORDERS, 30), true);
        OnRequest first = OnRequest.after(linked.store(), 2,
                () -> linked.store().injectFault(FaultSpec.next(FaultType.SERVICE_UNAVAILABLE, 4)));
        OnRequest second = OnRequest.after(linked.store(), 9,
                () -> linked.store().injectFault(FaultSpec.next(FaultType.SERVICE_UNAVAILABLE, 4)));

        sync.run(linked.channelId(), SyncTrigger.MANUAL);

        first.join();
        second.join();
        assertRiddenOut("503 bursts 2x4", linked, 8);
    }

    @Test
    void answersSlowerThanTheReadTimeoutAreRetried() {
        var linked = fixture.create(StoreSpec.of("Slow", ORDERS, 30), true);
        OnRequest slow = OnRequest.after(linked.store(), 2, () -> linked.store().injectFault(
                new FaultSpec(FaultType.SLOW, 2, null, Duration.ofMillis(1500))));

        sync.run(linked.channelId(), SyncTrigger.MANUAL);

        slow.join();
        assertRiddenOut("slow 1.5s (read timeout 700ms) x2", linked, 2);
    }

    @Test
    void truncatedBodiesAreRetried() {
        var linked = fixture.create(StoreSpec.of("Truncated", ORDERS, 30), true);
        OnRequest cut = OnRequest.after(linked.store(), 2,
                () -> linked.store().injectFault(FaultSpec.next(FaultType.TRUNCATED, 3)));

        sync.run(linked.channelId(), SyncTrigger.MANUAL);

        cut.join();
        assertRiddenOut("truncated x3", linked, 3);
    }

    @Test
    void malformedJsonIsRetried() {
        var linked = fixture.create(StoreSpec.of("Malformed", ORDERS, 30), true);
        OnRequest broken = OnRequest.after(linked.store(), 2,
                () -> linked.store().injectFault(FaultSpec.next(FaultType.MALFORMED, 3)));

        sync.run(linked.channelId(), SyncTrigger.MANUAL);

        broken.join();
        assertRiddenOut("malformed x3", linked, 3);
    }

    private void assertRiddenOut(String fault, SandboxChannels.Linked linked, int faults) {
        SyncRun run = Runs.lastOrders(linked.channelId());
        Runs.report(fault, linked.channelId(), linked.store());
        assertThat(run.outcome).isEqualTo(SyncRun.Outcome.SUCCEEDED);
        assertThat(run.pages).isEqualTo(PAGES);
        assertThat(run.retries).isEqualTo(faults);
        assertThat(run.throttled).isZero();
        assertThat(run.requests).isEqualTo(PAGES + faults);
        assertThat(run.created).isEqualTo(ORDERS);
        assertThat(linked.store().counters().faults()).isEqualTo(faults);
        truth.assertWarehouseMatches(linked.channelId(), linked.store().orders());
    }
}
