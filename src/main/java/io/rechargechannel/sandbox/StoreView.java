package io.rechargechannel.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** How the control API shows a store; {@code token} only in the answer that created it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record StoreView(long id, String name, String baseUrl, String token, int orders, int products, String catalog,
                 long seed, StoreSpec.RateLimit rateLimit, StoreSpec.Live live, SandboxStore.Counters counters,
                 List<TokenView> tokens, List<FaultView> faults) {

    /** Issued tokens, masked: the control API never shows a secret again after issuing it. */
    record TokenView(String token, List<String> scopes) {
    }

    record FaultView(String type, Integer count, Double share, Long delayMs) {
    }

    static StoreView of(SandboxStore store, String token) {
        StoreSpec spec = store.spec();
        return new StoreView(store.id(), store.name(), CreatedStore.BASE_URL, token, store.orderCount(),
                spec.products(), spec.catalog().name().toLowerCase(java.util.Locale.ROOT), spec.seed(),
                spec.rateLimit(), spec.live(), store.counters(),
                store.access.tokens().stream().map(t -> new TokenView(t.masked(), t.scopes())).toList(),
                store.faultPlan.active().stream().map(f -> new FaultView(f.type().wireName, f.count(), f.share(),
                        f.delay().toMillis())).toList());
    }
}
