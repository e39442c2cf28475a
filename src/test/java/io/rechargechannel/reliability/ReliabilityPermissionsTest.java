package io.rechargechannel.reliability;

import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.channel.TokenCipher;
import io.rechargechannel.sandbox.StoreSpec;
import io.rechargechannel.sync.ChannelSync;
import io.rechargechannel.sync.SyncChannels;
import io.rechargechannel.sync.SyncTrigger;
import io.rechargechannel.testing.SandboxChannels;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A token that loses a permission after it was saved (the merchant edits it in ReCharge): 403 is not
 * retried, the channel shows MISSING_PERMISSION naming the scope and waits; a new token resumes it.
 */
@QuarkusTest
class ReliabilityPermissionsTest {

    @Inject
    SandboxChannels fixture;

    @Inject
    ChannelSync sync;

    @Inject
    SyncChannels channels;

    @Inject
    TokenCipher cipher;

    @Inject
    TruthCheck truth;

    @Test
    void aTokenWithoutReadOrdersPausesTheChannelUntilItIsReplaced() {
        var linked = fixture.create(StoreSpec.of("Lost permission", 600, 10), true);
        long channel = linked.channelId();
        // The sandbox cannot narrow an existing token, so the channel's stored token is swapped for a
        // narrower one underneath, as if the merchant had taken Orders: Read away in ReCharge.
        String narrowed = linked.store().issueToken(List.of("read_products", "write_products", "write_orders", "store_info"), null);
        fixture.execute("UPDATE sales_channel SET access_token_ciphertext = ?1 WHERE id = ?2", cipher.encrypt(narrowed), channel);

        sync.run(channel, SyncTrigger.MANUAL);

        given().get("/api/channels/" + channel).then().statusCode(200)
                .body("status", equalTo("MISSING_PERMISSION")).body("statusMessage", containsString("read_orders"));
        // the channel page and the list say it in the words of the check on submit: ReCharge's name of the permission
        // and where to fix it
        given().get("/settings/sales-channels/" + channel).then().statusCode(200)
                .body(containsString("The access token lacks Orders: Read and write (read_orders)"))
                .body(containsString("API tokens"));
        given().get("/settings/sales-channels").then().statusCode(200)
                .body(containsString("Missing permission. The access token lacks Orders: Read and write (read_orders)"));
        given().get("/q/health/group/sync").then()
                .body("checks[0].data.find { it.key.startsWith('channel " + channel + " ') }.value",
                        containsString("status MISSING_PERMISSION"));
        assertThat(fixture.count("SELECT count(*) FROM orders WHERE channel_id = ?1", channel)).isZero();
        assertThat(fixture.count("SELECT requests FROM sync_run WHERE channel_id = ?1 AND stream = 'ORDERS'", channel))
                .as("403 is not retried").isEqualTo(1);
        fixture.execute("UPDATE sync_state SET last_run_at = NULL WHERE channel_id = ?1", channel);
        assertThat(channels.dueChannelIds(Instant.now())).doesNotContain(channel);

        given().contentType("application/json").body("{\"accessToken\": \"" + linked.token() + "\"}")
                .patch("/api/channels/" + channel).then().statusCode(200);
        assertThat(channels.dueChannelIds(Instant.now())).contains(channel);
        sync.run(channel, SyncTrigger.MANUAL);

        given().get("/api/channels/" + channel).then().body("status", equalTo("OK"));
        truth.assertWarehouseMatches(channel, linked.store().orders());
    }
}
