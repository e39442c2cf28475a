package io.rechargechannel.stock;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Stock settings. */
@ConfigMapping(prefix = "stock")
public interface StockConfig {

    /** Available at or below this is low: the stock page says so in words and colour. */
    @WithDefault("5")
    int lowThreshold();
}
