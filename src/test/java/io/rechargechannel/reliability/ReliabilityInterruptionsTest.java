package io.rechargechannel.reliability;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.channel.ChannelStatus;
import io.rechargechannel.sandbox.FaultSpec;
import io.rechargechannel.sandbox.FaultType;
import io.rechargechannel.sandbox.StoreSpec;
import io.rechargechannel.sync.ChannelSync;
import io.rechargechannel.sync.SyncChannels;
import io.rechargechannel.sync.SyncRun;
import io.rechargechannel.sync.SyncStopSignal;
import io.rechargechannel.sync.SyncTrigger;
import io.rechargechannel.testing.PostgresTestResource;
import io.rechargechannel.testing.SandboxChannels;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A backfill of 2,000 orders (8 pages) that is cut off part-way: the run ends, and the next run carries on
 * from the page checkpoint (never from the start), ending with the warehouse exactly as the store.
 */
@QuarkusTest
class ReliabilityInterruptionsTest {

    static final int ORDERS = 2000;
    static final int PAGES = 8;

    @Inject
    SandboxChannels fixture;

    @Inject
    ChannelSync sync;

    @Inject
    SyncChannels channels;

    @Inject
    TruthCheck truth;

    @Inject
    EntityManager em;

    @Inject
    SyncStopSignal stopSignal;

    @Test
    void persistent503sEndTheRunFailedAndTheNextRunResumesFromTheCheckpoint() {
        var linked = fixture.create(StoreSpec.of("503 exhausted", ORDERS, 30), true);
        OnRequest outage = OnRequest.after(linked.store(), 3,
                () -> linked.store().injectFault(FaultSpec.share(FaultType.SERVICE_UNAVAILABLE, 1.0)));

        sync.run(linked.channelId(), SyncTrigger.MANUAL);
        outage.join();
        SyncRun failed = Runs.lastOrders(linked.channelId());
        assertThat(failed.outcome).isEqualTo(SyncRun.Outcome.FAILED);
        assertThat(failed.errorMessage).contains("HTTP 503");
        assertThat(failed.pages).isBetween(1, PAGES - 1);
        assertThat(orderRows(linked.channelId())).isEqualTo(failed.pages * 250L);
        assertChannel(linked.channelId(), ChannelStatus.FAILING, "HTTP 503");

        linked.store().clearFaults();
        sync.run(linked.channelId(), SyncTrigger.MANUAL);

        Runs.report("503 until retries exhausted", linked.channelId(), linked.store());
        assertResumed(linked, failed.pages);
    }

    @Test
    void aCursorRefusedMidRunRestartsFromTheWatermark() {
        var linked = fixture.create(StoreSpec.of("Cursor reset", ORDERS, 30), true);
        // A reset regenerates the same seeded orders but refuses every cursor issued before it (422 cursor).
        OnRequest reset = OnRequest.after(linked.store(), 3, () -> linked.store().reset());

        sync.run(linked.channelId(), SyncTrigger.MANUAL);

        reset.join();
        SyncRun run = Runs.lastOrders(linked.channelId());
        Runs.report("cursor refused mid-run (422)", linked.channelId(), linked.store());
        assertThat(run.outcome).isEqualTo(SyncRun.Outcome.SUCCEEDED);
        assertThat(run.created).isEqualTo(ORDERS);
        assertThat(run.pages).isGreaterThan(PAGES);
        truth.assertWarehouseMatches(linked.channelId(), linked.store().orders());
    }

    @Test
    void aGarbageCheckpointCursorRestartsFromTheWatermark() {
        var linked = fixture.create(StoreSpec.of("Garbage cursor", ORDERS, 30), true);
        assertThat(sync.run(linked.channelId(), SyncTrigger.MANUAL, 3)).isEqualTo(ChannelSync.Result.RAN);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE sync_state SET cursor = 'not-a-cursor' WHERE channel_id = ?1 AND stream = 'ORDERS'")
                .setParameter(1, linked.channelId()).executeUpdate());

        sync.run(linked.channelId(), SyncTrigger.MANUAL);

        SyncRun run = Runs.lastOrders(linked.channelId());
        Runs.report("garbage checkpoint cursor (422)", linked.channelId(), linked.store());
        assertThat(run.outcome).isEqualTo(SyncRun.Outcome.SUCCEEDED);
        assertThat(run.created).isEqualTo(ORDERS - 3 * 250);
        truth.assertWarehouseMatches(linked.channelId(), linked.store().orders());
    }

    @Test
    void aTokenRevokedMidRunPausesTheChannelUntilANewTokenThenResumes() {
        var linked = fixture.create(StoreSpec.of("Revoked", ORDERS, 30), true);
        OnRequest revoke = OnRequest.after(linked.store(), 3, () -> linked.store().revokeToken(linked.token()));

        sync.run(linked.channelId(), SyncTrigger.MANUAL);

        revoke.join();
        SyncRun failed = Runs.lastOrders(linked.channelId());
        assertThat(failed.outcome).isEqualTo(SyncRun.Outcome.FAILED);
        assertThat(failed.requests).isEqualTo(failed.pages + 1);
        assertChannel(linked.channelId(), ChannelStatus.TOKEN_REJECTED, "401");
        given().get("/q/health/group/sync").then()
                .body(containsString("channel " + linked.channelId() + " "), containsString("status TOKEN_REJECTED"));
        assertThat(channels.dueChannelIds(Instant.now().plusSeconds(3600))).doesNotContain(linked.channelId());

        String newToken = linked.store().issueToken(List.of("read_orders", "write_orders", "read_products",
                "write_products", "store_info"), null);
        given().contentType(ContentType.JSON).body(Map.of("accessToken", newToken))
                .patch("/api/channels/{id}", linked.channelId()).then().statusCode(200)
                .body("status", equalTo("NEVER_SYNCED"));
        assertThat(channels.dueChannelIds(Instant.now().plusSeconds(3600))).contains(linked.channelId());
        sync.run(linked.channelId(), SyncTrigger.MANUAL);

        Runs.report("token revoked mid-run, then replaced", linked.channelId(), linked.store());
        assertResumed(linked, failed.pages);
        assertChannel(linked.channelId(), ChannelStatus.OK, null);
    }

    @Test
    void theDatabaseStoppedAndStartedMidRun() throws InterruptedException {
        var linked = fixture.create(StoreSpec.of("Database restart", ORDERS, 30), true);
        // After the 6th request (catalog, then order pages; the next page is fetched while one is written),
        // at least three pages have been written when the database goes away.
        OnRequest outage = OnRequest.after(linked.store(), 5, () -> {
            PostgresTestResource.stopServer();
            sleep(1500);
            PostgresTestResource.startServer();
        });

        Throwable crash = null;
        try {
            sync.run(linked.channelId(), SyncTrigger.MANUAL);
        } catch (RuntimeException e) {
            crash = e;
        }
        outage.join();
        sleep(200);
        int pagesBefore = (int) (orderRows(linked.channelId()) / 250);
        assertThat(pagesBefore).isBetween(1, PAGES - 1);
        sync.run(linked.channelId(), SyncTrigger.MANUAL);

        Runs.report("database stopped 1.5 s mid-run (" + (crash == null ? "run recorded" : "run threw "
                + crash.getClass().getSimpleName()) + ")", linked.channelId(), linked.store());
        List<SyncRun> runs = Runs.orders(linked.channelId());
        assertThat(runs).extracting(r -> r.outcome).doesNotContain(SyncRun.Outcome.RUNNING);
        assertThat(runs.get(runs.size() - 1).outcome).isEqualTo(SyncRun.Outcome.SUCCEEDED);
        assertThat(runs.get(runs.size() - 1).pages).isEqualTo(PAGES - pagesBefore);
        truth.assertWarehouseMatches(linked.channelId(), linked.store().orders());
    }

    @Test
    void theServiceStoppedMidRunAndStartedAgain() throws InterruptedException {
        var linked = fixture.create(StoreSpec.of("Service stop", ORDERS, 30), true);
        ExecutorService workers = Executors.newSingleThreadExecutor();
        workers.submit(() -> sync.run(linked.channelId(), SyncTrigger.SCHEDULE));
        // What SyncScheduler.stop does on shutdown: raise the stop signal, then interrupt the workers.
        OnRequest stop = OnRequest.after(linked.store(), 3, () -> {
            stopSignal.stop();
            workers.shutdownNow();
        });

        stop.join();
        assertThat(workers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        SyncRun stopped = Runs.lastOrders(linked.channelId());
        assertThat(stopped.outcome).isEqualTo(SyncRun.Outcome.STOPPED);
        assertThat(stopped.pages).isBetween(1, PAGES - 1);
        assertThat(orderRows(linked.channelId())).isEqualTo(stopped.pages * 250L);

        stopSignal.resume(); // "started again"
        assertThat(sync.run(linked.channelId(), SyncTrigger.STARTUP)).isEqualTo(ChannelSync.Result.RAN);

        Runs.report("service stopped mid-run (stop signal + workers interrupted)", linked.channelId(), linked.store());
        assertResumed(linked, stopped.pages);
    }

    private void assertResumed(SandboxChannels.Linked linked, int pagesDoneBefore) {
        SyncRun resumed = Runs.lastOrders(linked.channelId());
        assertThat(resumed.outcome).isEqualTo(SyncRun.Outcome.SUCCEEDED);
        assertThat(resumed.pages).isEqualTo(PAGES - pagesDoneBefore);
        assertThat(resumed.created).isEqualTo(ORDERS - pagesDoneBefore * 250);
        truth.assertWarehouseMatches(linked.channelId(), linked.store().orders());
    }

    private void assertChannel(long id, ChannelStatus status, String messagePart) {
        var body = given().get("/api/channels/{id}", id).then().statusCode(200)
                .body("status", equalTo(status.name()));
        if (messagePart != null) {
            body.body("statusMessage", containsString(messagePart));
        }
    }

    private long orderRows(long channelId) {
        return truth.rows("SELECT count(*) FROM orders WHERE channel_id = ?1", channelId);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
