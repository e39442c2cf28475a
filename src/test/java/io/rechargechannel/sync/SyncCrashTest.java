package io.rechargechannel.sync;

import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.channel.ChannelStatus;
import io.rechargechannel.channel.SalesChannel;
import io.rechargechannel.channel.TokenCipher;
import io.rechargechannel.sandbox.StoreSpec;
import io.rechargechannel.testing.SandboxChannels;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** A run that ends on an unexpected exception says so on the channel, as any other failure does. */
@QuarkusTest
class SyncCrashTest {

    @Inject
    SandboxChannels fixture;

    @Inject
    ChannelSync sync;

    @Test
    void aTokenSavedUnderAnotherInstancesKeyShowsOnTheChannel() {
        long channel = fixture.create(StoreSpec.of("Other key", 50, 5), true).channelId();
        byte[] otherKey = new byte[32];
        new SecureRandom().nextBytes(otherKey);
        fixture.execute("UPDATE sales_channel SET access_token_ciphertext = ?1 WHERE id = ?2",
                new TokenCipher(otherKey).encrypt("sk_saved_by_another_instance_0000"), channel);
        try {
            ChannelSync.Result result = sync.run(channel, SyncTrigger.MANUAL);

            SalesChannel after = QuarkusTransaction.requiringNew().call(() -> SalesChannel.byId(channel).orElseThrow());
            assertThat(result).isEqualTo(ChannelSync.Result.FAILED);
            assertThat(after.status()).isEqualTo(ChannelStatus.FAILING);
            assertThat(after.statusMessage()).hasValueSatisfying(message -> assertThat(message)
                    .contains("CHANNEL_TOKEN_KEY").doesNotContain("Exception"));
            SyncState state = QuarkusTransaction.requiringNew().call(() -> SyncState.of(channel, SyncStream.ORDERS));
            assertThat(state.lastError).isEqualTo(after.statusMessage().orElseThrow());
            assertThat(state.lastRunAt).as("not due again at the next tick").isNotNull();
        } finally {
            // Nothing else may meet a token this application cannot read (a restart would refuse to start).
            fixture.execute("DELETE FROM sales_channel WHERE id = ?1", channel);
        }
    }
}
