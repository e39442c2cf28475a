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
        assertThat(channel.brand()).isEqualTo(Brand.NONE);
        assertThat(channel.despatchEmails()).isEqualTo(DespatchEmails.DEFAULTS);
        assertThat(channel.feedbackEmails()).isEqualTo(FeedbackEmails.DEFAULTS);
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
    void aTokenThatWorksAgainCuresARejectedToken() {
        channel.markTokenRejected("HTTP 401", at(START.plusSeconds(60)));
        assertThat(channel.statusMessage()).hasValueSatisfying(message ->
                assertThat(message).startsWith(TokenVerdict.REJECTED).contains("HTTP 401"));

        channel.replaceToken("sk_test_new_token_wxyz", cipher);
        channel.recordTokenCheck(TokenVerdict.usable("Acme", "WMS"), at(START.plusSeconds(120)));

        assertThat(channel.tokenVersion()).isEqualTo(2);
        assertThat(channel.tokenLast4()).isEqualTo("wxyz");
        assertThat(channel.status()).isEqualTo(ChannelStatus.NEVER_SYNCED);
        assertThat(channel.storeName()).contains("Acme");
    }

    @Test
    void namesAPermissionTheSyncFoundMissingAsTheCheckOnSubmitDoes() {
        channel.markSynced(at(START));
        channel.markMissingPermission("write_orders", "HTTP 403 on PUT /orders/1", at(START.plusSeconds(60)));

        assertThat(channel.status()).isEqualTo(ChannelStatus.MISSING_PERMISSION);
        assertThat(channel.statusMessage()).hasValueSatisfying(message -> assertThat(message)
                .contains("Orders: Read and write (write_orders)")
                .contains("Tools & apps → API tokens")
                .contains("HTTP 403 on PUT /orders/1"));

        channel.recordTokenCheck(TokenVerdict.usable(null, null), at(START.plusSeconds(120)));

        assertThat(channel.status()).isEqualTo(ChannelStatus.OK);
    }

    @Test
    void aTokenCheckLeavesOtherProblemsAlone() {
        channel.markConfigError("products answer 422", at(START.plusSeconds(60)));

        channel.recordTokenCheck(TokenVerdict.usable(null, null), at(START.plusSeconds(120)));

        assertThat(channel.status()).isEqualTo(ChannelStatus.CONFIG_ERROR);
    }

    @Test
    void aCheckWithoutAnAnswerChangesNothing() {
        channel.recordTokenCheck(TokenVerdict.unreachable(), at(START.plusSeconds(60)));

        assertThat(channel.status()).isEqualTo(ChannelStatus.NEVER_SYNCED);
        assertThat(channel.statusMessage()).isEmpty();
    }

    @Test
    void showsNothingOfAShortToken() {
        channel.replaceToken("short", cipher);

        assertThat(channel.tokenLast4()).isEmpty();
    }

    @Test
    void keepsTheSyncIntervalBetweenTenSecondsAndADay() {
        assertThatThrownBy(() -> channel.scheduleSync(true, Duration.ofSeconds(9)))
                .isInstanceOf(ChannelProblem.class);
        assertThatThrownBy(() -> channel.scheduleSync(true, Duration.ofDays(1).plusSeconds(1)))
                .isInstanceOf(ChannelProblem.class);

        channel.scheduleSync(false, Duration.ofMinutes(5));

        assertThat(channel.syncInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(channel.autoSyncStock()).isFalse();
    }

    @Test
    void feedbackEmailsNeedTheFeedbackPage() {
        assertThatThrownBy(() -> channel.configure(null, null, null, new FeedbackEmails(true, null, null)))
                .isInstanceOf(ChannelProblem.class)
                .hasMessageContaining("feedback page");

        channel.configure(null, null, null, new FeedbackEmails(true, 10, "https://shop.example.com/review?o={orderNumber}"));

        assertThat(channel.feedbackEmails().feedbackUrlFor("#1001")).isEqualTo("https://shop.example.com/review?o=%231001");
    }

    @Test
    void aBrandFieldLeftEmptyFallsBackToTheGeneralOne() {
        channel.configure(new Brand("Acme Coffee", "", "#AABBCC", null, null, null), null, null, null);

        Brand effective = channel.brand().over(new Brand("My company", "https://cdn.example.com/logo.png", "#1d4ed8",
                "My company", "orders@example.com", null));

        assertThat(effective).isEqualTo(new Brand("Acme Coffee", "https://cdn.example.com/logo.png", "#aabbcc",
                "My company", "orders@example.com", null));
    }

    @Test
    void togglesActive() {
        channel.deactivate();
        assertThat(channel.isActive()).isFalse();

        channel.activate();
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
