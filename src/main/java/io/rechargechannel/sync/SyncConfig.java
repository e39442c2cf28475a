package io.rechargechannel.sync;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the timed sync behaves. Every key is also an environment variable (SYNC_TICK, ...). */
@ConfigMapping(prefix = "sync")
public interface SyncConfig {

    /** Switches the scheduled sync off (manual runs still work). */
    @WithDefault("true")
    boolean enabled();

    /** How often the scheduler looks for channels whose interval has passed. */
    @WithDefault("10s")
    Duration tick();

    /** Orders updated this long before the watermark are asked for again: ReCharge's updates can land late. */
    @WithDefault("10m")
    Duration overlap();

    /** How far back the first sync of a channel reaches. */
    @WithDefault("30d")
    Duration initialLookback();

    /** Orders per ReCharge request (ReCharge's maximum is 250). */
    @WithDefault("250")
    int pageSize();

    /** How long a worker's claim on a channel lasts without a page written; a crashed worker's claim expires. */
    @WithDefault("2m")
    Duration leaseDuration();

    /** Channels synced at the same time by one instance. */
    @WithDefault("4")
    int workers();

    /** Products change rarely: the catalog is read at most this often. */
    @WithDefault("15m")
    Duration productsInterval();

    /** A store whose /products answers 422 (platform catalog) is asked again after this long. */
    @WithDefault("1d")
    Duration catalogProbeInterval();

    /** The sync health check is DOWN when an active channel has not synced for this many intervals. */
    @WithDefault("3")
    int unhealthyAfterIntervals();
}
