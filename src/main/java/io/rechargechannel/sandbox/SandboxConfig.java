package io.rechargechannel.sandbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** {@code sandbox.*}: runtime settings, so a packaged jar can switch the sandbox on. */
@ConfigMapping(prefix = "sandbox")
public interface SandboxConfig {

    /** Off: every /sandbox path answers 404. application.properties turns it off in the prod profile. */
    @WithDefault("true")
    boolean enabled();

    /** How long superseded order revisions are kept, i.e. how long a cursor stays consistent. */
    @WithDefault("15m")
    Duration historyRetention();

    /** How often live stores add and update orders. */
    @WithDefault("1s")
    Duration liveTick();

    /** Stores beyond this many are refused, to keep the heap bounded. */
    @WithDefault("50")
    int maxStores();

    /**
     * Where stores are kept between starts (spec, creation time, rate limit, tokens; not what changed in them
     * since). Dev mode sets it, so that channels pointing at sandbox stores survive a restart; unset, stores live
     * in memory only.
     */
    Optional<Path> storesFile();

    /** Rate limit of stores created without one. */
    RateLimit rateLimit();

    interface RateLimit {
        @WithDefault("40")
        int bucketSize();

        @WithDefault("2")
        double leakPerSecond();
    }
}
