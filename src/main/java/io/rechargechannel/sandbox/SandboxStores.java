package io.rechargechannel.sandbox;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox's Java API: create, find and delete in-memory ReCharge-compatible stores. With
 * {@code sandbox.stores-file} set (dev mode) they are kept in that file and come back, tokens and all, at the
 * next start ({@link SavedStores}).
 */
@ApplicationScoped
public class SandboxStores {

    private final ConcurrentHashMap<Long, SandboxStore> stores = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final Clock clock;
    private final SandboxConfig config;
    private final Optional<SavedStores> saved;

    @Inject
    SandboxStores(Clock clock, SandboxConfig config) {
        this.clock = clock;
        this.config = config;
        this.saved = config.storesFile().map(SavedStores::new);
        saved.ifPresent(this::restore);
    }

    private void restore(SavedStores file) {
        for (SavedStores.Saved store : file.load()) {
            SandboxStore restored = new SandboxStore(store.id(), store.spec(), store.createdAt(), clock,
                    System::nanoTime, config.historyRetention());
            SavedStores.restoreTokens(restored, store);
            keep(restored);
            ids.accumulateAndGet(store.id(), Math::max);
            Log.infof("sandbox store %d (%s) restored from %s with its %d token(s)", store.id(), store.spec().name(),
                    config.storesFile().orElseThrow(), store.tokens().size());
        }
    }

    private void keep(SandboxStore store) {
        stores.put(store.id(), store);
        store.onChange(this::save);
    }

    private void save() {
        saved.ifPresent(file -> file.save(all()));
    }

    /** Generates a store (a few seconds at most for 100,000 orders) and issues it a token with all scopes. */
    public CreatedStore create(StoreSpec spec) {
        SandboxInputException.check(stores.size() < config.maxStores(),
                "at most " + config.maxStores() + " sandbox stores; delete one first");
        long id = ids.incrementAndGet();
        long started = System.nanoTime();
        SandboxStore store = new SandboxStore(id, spec, clock, System::nanoTime, config.historyRetention());
        String token = store.issueToken(Token.ALL_SCOPES, null);
        keep(store);
        save();
        Log.infof("sandbox store %d (%s) generated: %d orders, %d products in %d ms", id, spec.name(), spec.orders(),
                spec.products(), (System.nanoTime() - started) / 1_000_000);
        return new CreatedStore(id, token, CreatedStore.BASE_URL);
    }

    public Optional<SandboxStore> store(long id) {
        return Optional.ofNullable(stores.get(id));
    }

    public List<SandboxStore> all() {
        return stores.values().stream().sorted(java.util.Comparator.comparingLong(SandboxStore::id)).toList();
    }

    public boolean delete(long id) {
        boolean deleted = stores.remove(id) != null;
        save();
        return deleted;
    }

    /** The store a token belongs to, as on ReCharge where the token picks the store. */
    Optional<SandboxStore> byToken(String token) {
        if (token == null) {
            return Optional.empty();
        }
        return stores.values().stream().filter(s -> s.access.token(token).isPresent()).findFirst();
    }

    Collection<SandboxStore> live() {
        return stores.values().stream().filter(s -> s.live != null).toList();
    }

    StoreSpec.RateLimit defaultRateLimit() {
        return new StoreSpec.RateLimit(true, config.rateLimit().bucketSize(), config.rateLimit().leakPerSecond());
    }
}
