package io.rechargechannel.ops;

import io.rechargechannel.sync.SyncChannels;
import io.rechargechannel.sync.SyncChannels.ChannelHealth;
import io.rechargechannel.sync.SyncConfig;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code /q/health/group/sync}: every active channel with its last success, lag and last error. DOWN
 * when an active channel has not synced successfully for {@code sync.unhealthy-after-intervals}
 * of its intervals. Not part of liveness or readiness: ReCharge being down must not restart us.
 */
@HealthGroup("sync")
@ApplicationScoped
public class SyncHealthCheck implements HealthCheck {

    @Inject
    SyncChannels channels;

    @Inject
    SyncConfig config;

    @Inject
    Clock clock;

    @Override
    public HealthCheckResponse call() {
        Instant now = clock.instant();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("ReCharge channels sync").up();
        for (ChannelHealth channel : channels.health()) {
            Instant since = channel.lastSuccess() != null ? channel.lastSuccess() : channel.activeSince();
            Duration lag = since == null ? Duration.ZERO : Duration.between(since, now);
            boolean late = lag.compareTo(channel.interval().multipliedBy(config.unhealthyAfterIntervals())) > 0;
            if (late) {
                response.down();
            }
            response.withData("channel " + channel.id() + " " + channel.name(), describe(channel, lag, late));
        }
        return response.build();
    }

    private static String describe(ChannelHealth channel, Duration lag, boolean late) {
        return (late ? "LATE" : "OK") + "; status " + channel.status()
                + "; last success " + (channel.lastSuccess() == null ? "never" : channel.lastSuccess())
                + "; lag " + lag.toSeconds() + "s"
                + (channel.lastError() == null ? "" : "; last error: " + channel.lastError());
    }
}
