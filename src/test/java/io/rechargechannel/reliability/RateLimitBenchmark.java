package io.rechargechannel.reliability;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.recharge.OrderPage;
import io.rechargechannel.recharge.ReChargeClient;
import io.rechargechannel.recharge.ReChargeCredentials;
import io.rechargechannel.sandbox.SandboxStores;
import io.rechargechannel.sandbox.StoreSpec;
import io.rechargechannel.sync.ChannelSync;
import io.rechargechannel.sync.SyncRun;
import io.rechargechannel.sync.SyncTrigger;
import io.rechargechannel.testing.SandboxChannels;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test: a benchmark, excluded from the default run (surefire excludedGroups=benchmark). Backfills a sandbox
 * store that enforces ReCharge's real limit (40 deep, 2/s) and prints how close to the allowed rate the sync ran
 * and how many 429s it met. ReCharge allows {@code bucket + leak * T} calls in T seconds from an empty bucket.
 * <pre>./mvnw -B test -Dtest=RateLimitBenchmark -DexcludedGroups=none [-Dbench.orders=12000] [-Dbench.backfill.orders=50000]</pre>
 */
@QuarkusTest
@Tag("benchmark")
class RateLimitBenchmark {

    private static final int BUCKET = 40;
    private static final double LEAK_PER_SECOND = 2.0;

    @Inject
    SandboxChannels fixture;

    @Inject
    SandboxStores sandbox;

    @Inject
    ChannelSync sync;

    @Inject
    TruthCheck truth;

    @Inject
    ReChargeClient client;

    /**
     * The client alone (no database): pages through the store as fast as the token's bucket lets it. This is
     * the rate limiter's own figure; the full backfill above also pays for importing each page.
     */
    @Test
    void pagingAtReChargesLimit() {
        int orders = Integer.getInteger("bench.orders", 12_000);
        int pageSize = 100;
        var store = sandbox.create(new StoreSpec("Rate limit benchmark, client only", orders, 50, 7L,
                StoreSpec.Catalog.CUSTOM, StoreSpec.RateLimit.RECHARGE, null));
        var credentials = new ReChargeCredentials(URI.create(SandboxChannels.baseUrl()), store.token());
        var counters = sandbox.store(store.id()).orElseThrow();

        long started = System.nanoTime();
        OrderPage page = client.firstOrdersPage(credentials, Instant.EPOCH, pageSize);
        int records = page.orders().size();
        while (page.nextCursor() != null) {
            page = client.nextOrdersPage(credentials, page.nextCursor(), pageSize);
            records += page.orders().size();
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        long requests = counters.counters().requests();
        double allowed = BUCKET + LEAK_PER_SECOND * seconds;
        Log.infof("BENCHMARK client only | orders %d at %d a page | requests %d in %.1f s = %.2f req/s"
                        + " | allowed %.1f (40 + 2/s x %.1f s) | share of allowed %.1f%% | 429s %d",
                records, pageSize, requests, seconds, requests / seconds, allowed, seconds, 100 * requests / allowed,
                counters.counters().throttled());
        assertThat(records).isEqualTo(orders);
    }

    @Test
    void backfillAtReChargesLimit() throws InterruptedException {
        // Long enough to drain the 40-call burst and then run at the leak rate: the figure is the limiter's.
        int orders = Integer.getInteger("bench.backfill.orders", 50_000);
        var linked = fixture.create(new StoreSpec("Rate limit benchmark", orders, 50, 7L, StoreSpec.Catalog.CUSTOM,
                StoreSpec.RateLimit.RECHARGE, null), true);
        Thread.sleep(1000); // let the token check's call leak out of the store's bucket: start from empty
        long before = linked.store().counters().requests();

        long started = System.nanoTime();
        assertThat(sync.run(linked.channelId(), SyncTrigger.MANUAL)).isEqualTo(ChannelSync.Result.RAN);
        double seconds = (System.nanoTime() - started) / 1e9;

        long requests = linked.store().counters().requests() - before;
        long throttled = linked.store().counters().throttled();
        SyncRun run = Runs.lastOrders(linked.channelId());
        double allowed = BUCKET + LEAK_PER_SECOND * seconds;
        double beyondBucket = (requests - BUCKET) / seconds;
        Log.infof("BENCHMARK rate limit | orders %d | pages %d | requests %d in %.1f s = %.2f req/s"
                        + " | allowed %.1f (40 + 2/s x %.1f s) | share of allowed %.1f%% | 429s %d (run counted %d)",
                orders, run.pages, requests, seconds, requests / seconds, allowed, seconds, 100 * requests / allowed,
                throttled, run.throttled);
        Log.infof("BENCHMARK rate limit | beyond the 40-call bucket: %d requests in %.1f s = %.2f req/s (limit 2.00)",
                requests - BUCKET, seconds, beyondBucket);
        assertThat(run.outcome).isEqualTo(SyncRun.Outcome.SUCCEEDED);
        truth.assertWarehouseMatches(linked.channelId(), linked.store().orders());
    }
}
