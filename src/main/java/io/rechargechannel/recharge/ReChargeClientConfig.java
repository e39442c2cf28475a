package io.rechargechannel.recharge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code recharge.client.*}: how hard we may lean on ReCharge, and how patiently we retry. */
@ConfigMapping(prefix = "recharge.client")
public interface ReChargeClientConfig {

    /** Sent as {@code X-Recharge-Version}; the wire records are 2021-11 shapes. */
    @WithDefault("2021-11")
    String apiVersion();

    RateLimit rateLimit();

    /** The least we wait after a 429 (ReCharge sends no {@code Retry-After} as far as anyone has seen). */
    @WithDefault("2s")
    Duration throttleWait();

    Retry retry();

    @WithDefault("5s")
    Duration connectTimeout();

    @WithDefault("30s")
    Duration readTimeout();

    Circuit circuit();

    interface RateLimit {
        /** ReCharge's bucket for a 1x token; a {@code sk_<L>x<B>_} prefix multiplies it by B. */
        @WithDefault("40")
        int bucketSize();

        /** Calls drained per second for a 1x token; the prefix multiplies it by L. */
        @WithDefault("2")
        double leakPerSecond();

        /** Calls of room we keep free, for clock drift and for anyone else using the same token. */
        @WithDefault("2")
        int headroom();
    }

    interface Retry {
        /** Attempts per call after 5xx, timeouts and broken bodies, the first one included; 429s do not count. */
        @WithDefault("6")
        int maxAttempts();

        @WithDefault("200ms")
        Duration initialDelay();

        @WithDefault("10s")
        Duration maxDelay();

        /**
         * The one time budget of a call, from its start: 429 re-sends, rate-limit waits, backoffs and attempts
         * all fit in it; no attempt starts and no wait runs past it.
         */
        @WithDefault("60s")
        Duration maxDuration();
    }

    interface Circuit {
        /** Consecutive calls that ran out of retries before the token's circuit opens. */
        @WithDefault("5")
        int failureThreshold();

        @WithDefault("60s")
        Duration coolDown();
    }
}
