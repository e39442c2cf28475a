package io.rechargechannel.channel;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sync engine's view of a channel: status changes and token replacement, without a database. */
class ChannelHealthTest {

    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    private final TokenCipher cipher = new TokenCipher(TokenCipherTest.randomKey());
    private final SalesChannel channel = SalesChannel.create("ReCharge UK", "sk_test_0123456789abcd",
            SalesChannel.DEFAULT_BASE_URL, null, cipher, at(START));

    @Test
    void startsActiveAndNeverSyncedWithTheDefaults() {
        assertThat(channel.isActive()).isTrue();
        assertThat(channel.status()).isEqualTo(ChannelStatus.NEVER_SYNCED);
        assertThat(channel.tokenVersion()).isEqualTo(1);
        assertThat(channel.tokenLast4()).isEqualTo("abcd");
        assertThat(channel.syncInterval()).isEqualTo(Duration.ofSeconds(60));
        assertThat(channel.autoSyncStock()).isTrue();
        assertThat(channel.settings()).isEqualTo(ChannelSettings.DEFAULTS);
        assertThat(channel.accessTokenCiphertext()).doesNotContain("sk_test");
    }

    @Test
    void recordsWhenTheStatusChangesNotWhenItRepeats() {
        channel.markFailing("HTTP 503", at(START.plusSeconds(60)));
        channel.markFailing("HTTP 504", at(START.plusSeconds(120)));

        assertThat(channel.status()).isEqualTo(ChannelStatus.FAILING);
        assertThat(channel.statusMessage()).contains("HTTP 504");
        assertThat(channel.statusChangedAt()).isEqualTo(START.plusSeconds(60));
    }

    @Test
    void aSyncClearsTheMessage() {
        channel.markCircuitOpen("too many failures", at(START.plusSeconds(60)));
        channel.markSynced(at(START.plusSeconds(120)));

        assertThat(channel.status()).isEqualTo(ChannelStatus.OK);
        assertThat(channel.statusMessage()).isEmpty();
        assertThat(channel.lastSyncedAt()).contains(START.plusSeconds(120));
    }

    @Test
    void aNewTokenCuresARejectedToken() {
        channel.markTokenRejected("HTTP 401", at(START.plusSeconds(60)));

        channel.replaceToken("sk_test_new_token_wxyz", cipher, at(START.plusSeconds(120)));

        assertThat(channel.tokenVersion()).isEqualTo(2);
        assertThat(channel.tokenLast4()).isEqualTo("wxyz");
        assertThat(channel.status()).isEqualTo(ChannelStatus.NEVER_SYNCED);
        assertThat(channel.updatedAt()).isEqualTo(START.plusSeconds(120));
    }

    @Test
    void aNewTokenCuresAMissingPermissionOfAChannelThatHasSynced() {
        channel.markSynced(at(START));
        channel.markMissingPermission("write_orders", "HTTP 403 on PUT /orders/1", at(START.plusSeconds(60)));
        assertThat(channel.statusMessage()).hasValueSatisfying(message -> assertThat(message).contains("write_orders"));

        channel.replaceToken("sk_test_new_token_wxyz", cipher, at(START.plusSeconds(120)));

        assertThat(channel.status()).isEqualTo(ChannelStatus.OK);
    }

    @Test
    void aNewTokenLeavesOtherProblemsAlone() {
        channel.markConfigError("products answer 422", at(START.plusSeconds(60)));

        channel.replaceToken("sk_test_new_token_wxyz", cipher, at(START.plusSeconds(120)));

        assertThat(channel.status()).isEqualTo(ChannelStatus.CONFIG_ERROR);
    }

    @Test
    void showsNothingOfAShortToken() {
        channel.replaceToken("short", cipher, at(START));

        assertThat(channel.tokenLast4()).isEmpty();
    }

    @Test
    void keepsTheSyncIntervalBetweenTenSecondsAndADay() {
        assertThatThrownBy(() -> channel.scheduleSync(true, Duration.ofSeconds(9), at(START)))
                .isInstanceOf(ChannelProblem.class);
        assertThatThrownBy(() -> channel.scheduleSync(true, Duration.ofDays(1).plusSeconds(1), at(START)))
                .isInstanceOf(ChannelProblem.class);

        channel.scheduleSync(false, Duration.ofMinutes(5), at(START));

        assertThat(channel.syncInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(channel.autoSyncStock()).isFalse();
    }

    @Test
    void togglesActive() {
        channel.deactivate(at(START.plusSeconds(1)));
        assertThat(channel.isActive()).isFalse();

        channel.activate(at(START.plusSeconds(2)));
        assertThat(channel.isActive()).isTrue();
    }

    @Test
    void decryptsTheTokenForTheSync() {
        assertThat(new ChannelTokens(cipher).plainToken(channel)).isEqualTo("sk_test_0123456789abcd");
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
