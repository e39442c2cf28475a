package io.rechargechannel.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** A store's tokens and their leaky buckets (one per token, as on ReCharge). */
final class StoreAccess {

    /** What the bucket said about one call: refused or not, and the {@code used/size} to report. */
    record Admission(boolean admitted, int used, int size) {
        String header() {
            return used + "/" + size;
        }
    }

    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final Map<String, LeakyBucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;
    private volatile StoreSpec.RateLimit rateLimit;

    StoreAccess(StoreSpec.RateLimit rateLimit, LongSupplier nanoTime) {
        this.rateLimit = rateLimit;
        this.nanoTime = nanoTime;
    }

    Token issue(String prefix, String name, List<String> scopes) {
        Token token = Token.issue(prefix, name, scopes);
        tokens.put(token.value(), token);
        return token;
    }

    /** A token issued before a restart ({@link SavedStores}). */
    void restore(Token token) {
        tokens.put(token.value(), token);
    }

    boolean revoke(String value) {
        buckets.remove(value);
        return tokens.remove(value) != null;
    }

    Optional<Token> token(String value) {
        return value == null ? Optional.empty() : Optional.ofNullable(tokens.get(value));
    }

    List<Token> tokens() {
        return List.copyOf(tokens.values());
    }

    StoreSpec.RateLimit rateLimit() {
        return rateLimit;
    }

    /** New limits apply to fresh, empty buckets. */
    void rateLimit(StoreSpec.RateLimit newLimit) {
        rateLimit = newLimit;
        buckets.clear();
    }

    Admission admit(Token token) {
        StoreSpec.RateLimit limits = token.limitsFrom(rateLimit);
        LeakyBucket bucket = buckets.computeIfAbsent(token.value(),
                t -> new LeakyBucket(limits.bucketSize(), limits.leakPerSecond(), nanoTime));
        if (!limits.enabled()) {
            return new Admission(true, 0, bucket.size());
        }
        boolean admitted = bucket.tryAdd();
        return new Admission(admitted, bucket.used(), bucket.size());
    }
}
