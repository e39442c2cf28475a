package io.rechargechannel.sandbox;

import static io.rechargechannel.sandbox.SandboxInputException.check;

/**
 * What a sandbox store should look like. Same spec (and seed), same store.
 *
 * @param catalog  {@code CUSTOM}: {@code /products} lists the catalog; {@code PLATFORM}: it answers 422 as a
 *                 Shopify store does, and SKUs exist only on order lines
 * @param live     null or a rate of new and updated orders per minute
 */
public record StoreSpec(String name, int orders, int products, long seed, Catalog catalog, RateLimit rateLimit,
                        Live live) {

    public static final int MAX_ORDERS = 1_000_000;
    public static final int MAX_PRODUCTS = 10_000;

    public enum Catalog { CUSTOM, PLATFORM }

    /** ReCharge's leaky bucket: {@code bucketSize} calls deep, draining {@code leakPerSecond}. */
    public record RateLimit(boolean enabled, int bucketSize, double leakPerSecond) {
        public static final RateLimit RECHARGE = new RateLimit(true, 40, 2.0);
        public static final RateLimit OFF = new RateLimit(false, 40, 2.0);

        public RateLimit {
            check(bucketSize >= 1 && bucketSize <= 10_000, "rateLimit.bucketSize must be between 1 and 10000");
            check(leakPerSecond > 0 && leakPerSecond <= 10_000, "rateLimit.leakPerSecond must be > 0 and <= 10000");
        }
    }

    public record Live(double ordersPerMinute, double updatesPerMinute) {
        public Live {
            check(ordersPerMinute >= 0 && ordersPerMinute <= 60_000, "live.ordersPerMinute must be 0..60000");
            check(updatesPerMinute >= 0 && updatesPerMinute <= 60_000, "live.updatesPerMinute must be 0..60000");
        }
    }

    public StoreSpec {
        check(name != null && !name.isBlank() && name.length() <= 100, "name is required (1-100 characters)");
        check(orders >= 0 && orders <= MAX_ORDERS, "orders must be between 0 and " + MAX_ORDERS);
        check(products >= 1 && products <= MAX_PRODUCTS, "products must be between 1 and " + MAX_PRODUCTS);
        catalog = catalog == null ? Catalog.CUSTOM : catalog;
        rateLimit = rateLimit == null ? RateLimit.RECHARGE : rateLimit;
    }

    /** A custom-catalog store with ReCharge's default rate limit, not live, seed 1. */
    public static StoreSpec of(String name, int orders, int products) {
        return new StoreSpec(name, orders, products, 1L, Catalog.CUSTOM, RateLimit.RECHARGE, null);
    }

    public StoreSpec withSeed(long newSeed) {
        return new StoreSpec(name, orders, products, newSeed, catalog, rateLimit, live);
    }

    public StoreSpec withCatalog(Catalog newCatalog) {
        return new StoreSpec(name, orders, products, seed, newCatalog, rateLimit, live);
    }

    public StoreSpec withRateLimit(RateLimit newRateLimit) {
        return new StoreSpec(name, orders, products, seed, catalog, newRateLimit, live);
    }

    public StoreSpec withLive(Live newLive) {
        return new StoreSpec(name, orders, products, seed, catalog, rateLimit, newLive);
    }
}
