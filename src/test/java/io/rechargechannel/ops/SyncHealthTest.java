package io.rechargechannel.ops;

import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.sandbox.StoreSpec;
import io.rechargechannel.sync.ChannelSync;
import io.rechargechannel.sync.SyncTrigger;
import io.rechargechannel.testing.SandboxChannels;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The sync health group names each active channel and goes DOWN when one falls three intervals behind. */
@QuarkusTest
class SyncHealthTest {

    @Inject
    SandboxChannels fixture;

    @Inject
    ChannelSync sync;

    @Test
    void aChannelThreeIntervalsBehindTurnsTheSyncGroupDownButNotReadiness() {
        SandboxChannels.Linked linked = fixture.create(StoreSpec.of("Health", 20, 3), true);
        long channel = linked.channelId();
        sync.run(channel, SyncTrigger.MANUAL);
        String key = "checks[0].data.find { it.key.startsWith('channel " + channel + " ') }.value";

        given().get("/q/health/group/sync").then().body(key, startsWith("OK; status OK; last success "));

        // Its interval is 60 s: a last success 4 minutes ago is more than three intervals behind.
        fixture.execute("UPDATE sync_state SET last_success_at = now() - interval '4 minutes' "
                + "WHERE channel_id = ?1 AND stream = 'ORDERS'", channel);

        given().get("/q/health/group/sync").then().statusCode(503)
                .body("status", equalTo("DOWN")).body(key, startsWith("LATE; status OK"));
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);

        fixture.execute("UPDATE sales_channel SET active = false WHERE id = ?1", channel);
    }
}
