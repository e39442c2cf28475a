package io.rechargechannel.recharge;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The state ReCharge keeps per token, mirrored here: one leaky bucket and one circuit per token, shared
 * by everything in this process that uses that token.
 */
@ApplicationScoped
class TokenLanes {

    record Lane(LeakyBucket bucket, TokenCircuit circuit) {
    }

    private final ReChargeClientConfig config;
    private final Clock clock;
    private final Map<String, Lane> byToken = new ConcurrentHashMap<>();

    TokenLanes(ReChargeClientConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    Lane of(String token) {
        return byToken.computeIfAbsent(token, this::newLane);
    }

    private Lane newLane(String token) {
        RateMultiplier multiplier = RateMultiplier.ofToken(token);
        ReChargeClientConfig.RateLimit limit = config.rateLimit();
        LeakyBucket bucket = new LeakyBucket(limit.bucketSize() * multiplier.bucket(),
                limit.leakPerSecond() * multiplier.leak(), limit.headroom(), clock);
        TokenCircuit circuit = new TokenCircuit(config.circuit().failureThreshold(), config.circuit().coolDown(), clock);
        return new Lane(bucket, circuit);
    }
}
