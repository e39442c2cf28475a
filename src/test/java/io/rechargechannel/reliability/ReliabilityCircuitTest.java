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

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A channel whose store keeps failing trips its token's circuit (test profile: 3 exhausted calls): it is then
 * skipped, without a failed run, and shown as CIRCUIT_OPEN; a healthy channel syncs on regardless.
 */
@QuarkusTest
class ReliabilityCircuitTest {

    @Inject
    SandboxChannels fixture;

    @Inject
    ChannelSync sync;

    @Inject
    TruthCheck truth;

    @Test
    void aChannelThatKeepsFailingIsSkippedWhileItsCircuitIsOpenAndOthersSyncOn() {
        var failing = fixture.create(StoreSpec.of("Always 503", 500, 20), true);
        var healthy = fixture.create(StoreSpec.of("Healthy", 750, 20), true);
        long tokenCheck = failing.store().counters().requests();
        failing.store().injectFault(FaultSpec.share(FaultType.SERVICE_UNAVAILABLE, 1.0));

        // Run 1: catalog and orders each exhaust their retries (2 failures). Run 2: the catalog's failure is
        // the 3rd and opens the circuit; its orders are not even sent.
        sync.run(failing.channelId(), SyncTrigger.MANUAL);
        sync.run(failing.channelId(), SyncTrigger.MANUAL);
        long requestsWhenOpened = failing.store().counters().requests();
        long runsWhenOpened = Runs.all(failing.channelId());

        assertThat(sync.run(failing.channelId(), SyncTrigger.SCHEDULE)).isEqualTo(ChannelSync.Result.CIRCUIT_OPEN);
        assertThat(sync.run(failing.channelId(), SyncTrigger.SCHEDULE)).isEqualTo(ChannelSync.Result.CIRCUIT_OPEN);

        assertThat(Runs.all(failing.channelId())).as("no run recorded while skipped").isEqualTo(runsWhenOpened);
        assertThat(failing.store().counters().requests()).as("nothing sent while open").isEqualTo(requestsWhenOpened);
        assertThat(requestsWhenOpened - tokenCheck).as("3 calls of 6 attempts").isEqualTo(3 * 6);
        given().get("/api/channels/{id}", failing.channelId()).then()
                .body("status", equalTo("CIRCUIT_OPEN"))
                .body("statusMessage", containsString("paused"));
        given().get("/q/health/group/sync").then()
                .body(containsString("channel " + failing.channelId() + " "))
                .body(containsString("status CIRCUIT_OPEN"));

        assertThat(sync.run(healthy.channelId(), SyncTrigger.SCHEDULE)).isEqualTo(ChannelSync.Result.RAN);
        assertThat(Runs.lastOrders(healthy.channelId()).outcome).isEqualTo(SyncRun.Outcome.SUCCEEDED);
        given().get("/api/channels/{id}", healthy.channelId()).then().body("status", equalTo("OK"));
        truth.assertWarehouseMatches(healthy.channelId(), healthy.store().orders());
        Runs.report("503 on every request (circuit)", failing.channelId(), failing.store());
    }
}
