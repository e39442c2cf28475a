package io.rechargechannel.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The control API of the sandbox store process (docs/sandbox.md in the lead's tree). */
final class Sandbox {

    /** A store and a token for it. */
    record Store(long id, String token) {
    }

    record Counters(long requests, long throttled) {
    }

    /** Scopes the channel form requires. */
    static final List<String> SCOPES = List.of("read_orders", "write_orders", "read_products", "write_products",
            "store_info");

    /**
     * A token prefix the client reads as 99x leak and 99x bucket (198 calls/s): for stores whose rate limit is
     * off, so that our own client-side bucket does not pace them at ReCharge's 2 calls/s either.
     */
    static final String UNLIMITED_PREFIX = "sk_99x99_";

    private final AppProcess process;

    Sandbox(AppProcess process) {
        this.process = process;
    }

    AppProcess process() {
        return process;
    }

    /** What a channel's base URL is for this sandbox. */
    String rechargeBaseUrl() {
        return process.http().root() + "/sandbox/recharge";
    }

    /** A store with ReCharge's own limit (40 deep, 2/s), or none; with a token to match. */
    Store create(String name, int orders, long seed, boolean rateLimited, Map<String, Object> live) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("orders", orders);
        body.put("products", 100);
        body.put("seed", seed);
        body.put("rateLimit", Map.of("enabled", rateLimited, "bucketSize", 40, "leakPerSecond", 2));
        if (live != null) {
            body.put("live", live);
        }
        JsonNode created = process.http().post("/sandbox/stores", body);
        long id = created.get("id").asLong();
        if (rateLimited) {
            return new Store(id, created.get("token").asText());
        }
        JsonNode token = process.http().post("/sandbox/stores/" + id + "/tokens",
                Map.of("scopes", SCOPES, "prefix", UNLIMITED_PREFIX));
        return new Store(id, token.get("token").asText());
    }

    Counters counters(long storeId) {
        JsonNode counters = process.http().get("/sandbox/stores/" + storeId).get("counters");
        return new Counters(counters.get("requests").asLong(), counters.get("throttled").asLong());
    }

    /** Creates one order now; answers its ReCharge id. */
    long addOrder(long storeId) {
        return process.http().post("/sandbox/stores/" + storeId + "/orders", Map.of("count", 1))
                .get("ids").get(0).asLong();
    }

    void delete(long storeId) {
        process.http().delete("/sandbox/stores/" + storeId);
    }
}
