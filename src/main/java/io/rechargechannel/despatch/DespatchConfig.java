package io.rechargechannel.despatch;

import io.smallrye.config.ConfigMapping;

import java.util.Map;
import java.util.Optional;

/**
 * Carriers beyond the built-in ones, or built-ins renamed or re-pointed:
 * {@code despatch.carriers."<code>".name} and {@code despatch.carriers."<code>".tracking-url} (with
 * {@value Carrier#PLACEHOLDER} where the number goes).
 */
@ConfigMapping(prefix = "despatch")
public interface DespatchConfig {

    Map<String, CarrierSetting> carriers();

    interface CarrierSetting {
        String name();

        Optional<String> trackingUrl();
    }
}
