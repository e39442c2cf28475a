package io.rechargechannel.sandbox;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An access token of one store, with its scopes and the rate-limit multipliers its prefix carries. */
record Token(String value, String name, List<String> scopes) {

    static final List<String> ALL_SCOPES = List.of("read_orders", "write_orders", "read_products", "write_products",
            "store_info");
    static final Set<String> KNOWN_SCOPES = Set.of("read_orders", "write_orders", "read_products", "write_products",
            "store_info", "read_customers", "write_customers", "read_subscriptions", "write_subscriptions");
    private static final Pattern MULTIPLIER_PREFIX = Pattern.compile("^sk_(\\d{1,2})x(\\d{1,2})_");
    private static final SecureRandom RANDOM = new SecureRandom();

    static Token issue(String prefix, String name, List<String> scopes) {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return new Token((prefix == null ? "" : prefix) + HexFormat.of().formatHex(secret), name, List.copyOf(scopes));
    }

    static boolean validPrefix(String prefix) {
        return prefix == null || MULTIPLIER_PREFIX.matcher(prefix).matches();
    }

    /** {@code sk_2x1_...}: twice the leak rate, the same bucket size, as on ReCharge. */
    StoreSpec.RateLimit limitsFrom(StoreSpec.RateLimit base) {
        Matcher m = MULTIPLIER_PREFIX.matcher(value);
        if (!m.find()) {
            return base;
        }
        int leak = Math.max(1, Integer.parseInt(m.group(1)));
        int bucket = Math.max(1, Integer.parseInt(m.group(2)));
        return new StoreSpec.RateLimit(base.enabled(), base.bucketSize() * bucket, base.leakPerSecond() * leak);
    }

    String masked() {
        return value.substring(0, Math.min(value.length(), 10)) + "…";
    }
}
