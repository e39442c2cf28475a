package io.rechargechannel.bench;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.HashMap;
import java.util.Map;

/**
 * The in-process worker of the benchmark: production settings for the ReCharge client (the test profile
 * shortens its timeouts and retries), the timed sync switched on with a 1 s tick and 24 workers (scenarios 5
 * and 6), and no sandbox of its own: the sandbox store runs in a separate process.
 */
public class BenchProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        both(config, "sync.enabled", "true");
        both(config, "sync.tick", "1s");
        both(config, "sync.workers", "24");
        both(config, "sync.initial-lookback", "3650d");
        both(config, "sandbox.enabled", "false");
        both(config, "recharge.allowed-base-urls", "http://localhost");
        both(config, "channel.token-key-file", "target/bench/token.key");
        // The production values of application.properties, which the test profile shortens.
        both(config, "recharge.client.throttle-wait", "2s");
        both(config, "recharge.client.retry.initial-delay", "200ms");
        both(config, "recharge.client.retry.max-delay", "10s");
        both(config, "recharge.client.retry.max-duration", "60s");
        both(config, "recharge.client.read-timeout", "30s");
        both(config, "recharge.client.connect-timeout", "5s");
        both(config, "recharge.client.circuit.failure-threshold", "5");
        return config;
    }

    /** Plain and {@code %test.}-prefixed, so that neither form in application.properties wins over the bench. */
    private static void both(Map<String, String> config, String key, String value) {
        config.put(key, value);
        config.put("%test." + key, value);
    }
}
