package io.rechargechannel.sandbox;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.rechargechannel.sandbox.SandboxInputException.check;

/** JSON bodies the control API accepts; each turns itself into the Java API's types or says what is wrong. */
final class ControlRequests {

    private ControlRequests() {
    }

    record CreateStore(String name, Integer orders, Integer products, Long seed, String catalog,
                       RateLimitBody rateLimit, LiveBody live) {

        StoreSpec toSpec(StoreSpec.RateLimit defaultLimit) {
            check(orders != null, "orders is required (0.." + StoreSpec.MAX_ORDERS + ")");
            check(products != null, "products is required (1.." + StoreSpec.MAX_PRODUCTS + ")");
            return new StoreSpec(name, orders, products, seed == null ? 1L : seed, catalog(catalog),
                    rateLimit == null ? defaultLimit : rateLimit.toRateLimit(defaultLimit),
                    live == null ? null : live.toLive());
        }

        private static StoreSpec.Catalog catalog(String value) {
            if (value == null) {
                return StoreSpec.Catalog.CUSTOM;
            }
            check(value.equals("custom") || value.equals("platform"), "catalog must be \"custom\" or \"platform\"");
            return StoreSpec.Catalog.valueOf(value.toUpperCase(Locale.ROOT));
        }
    }

    record RateLimitBody(Boolean enabled, Integer bucketSize, Double leakPerSecond) {
        StoreSpec.RateLimit toRateLimit(StoreSpec.RateLimit defaults) {
            return new StoreSpec.RateLimit(enabled == null || enabled,
                    bucketSize == null ? defaults.bucketSize() : bucketSize,
                    leakPerSecond == null ? defaults.leakPerSecond() : leakPerSecond);
        }
    }

    record LiveBody(Double ordersPerMinute, Double updatesPerMinute) {
        StoreSpec.Live toLive() {
            return new StoreSpec.Live(ordersPerMinute == null ? 0 : ordersPerMinute,
                    updatesPerMinute == null ? 0 : updatesPerMinute);
        }
    }

    record NewOrders(Integer count) {
    }

    record OrderPatch(String status, @JsonProperty("shipping_address") Map<String, String> shippingAddress,
                      String note) {
        OrderUpdate toUpdate() {
            check(status != null || shippingAddress != null || note != null,
                    "give at least one of status, shipping_address, note");
            return new OrderUpdate(status, shippingAddress, note);
        }
    }

    record NewToken(List<String> scopes, String prefix) {
    }

    record NewFault(String type, Integer count, Double share, Long delayMs) {
        FaultSpec toFault() {
            FaultType faultType = type == null ? null : FaultType.fromWire(type).orElseThrow(() -> new SandboxInputException(
                    "type must be one of 429, 500, 502, 503, 504, slow, truncated, malformed"));
            return new FaultSpec(faultType, count, share, delayMs == null ? null : Duration.ofMillis(delayMs));
        }
    }
}
