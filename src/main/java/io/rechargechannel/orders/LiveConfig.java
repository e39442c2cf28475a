package io.rechargechannel.orders;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The live board: one LISTEN connection per instance, fanned out to the open boards (ORDERS_LIVE_...). */
@ConfigMapping(prefix = "orders.live")
public interface LiveConfig {

    /** Listens for order changes at all (off: boards still work, re-read by hand). */
    @WithDefault("true")
    boolean enabled();

    /** How long one wait for notifications lasts before the listener looks whether it should stop. */
    @WithDefault("500ms")
    Duration pollTimeout();

    /** The pause before the listener connects again after its connection failed. */
    @WithDefault("1s")
    Duration reconnectDelay();

    /** How often an idle event stream gets a comment line, which keeps proxies from closing it. */
    @WithDefault("15s")
    Duration heartbeat();
}
