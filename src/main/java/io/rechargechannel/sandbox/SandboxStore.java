package io.rechargechannel.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One sandbox store: its current orders and catalog, tokens, rate limit, faults and counters. Obtain it from
 * {@link SandboxStores}; the getters give the store's truth for assertions, the rest changes it as ReCharge
 * (or a merchant) would.
 */
public final class SandboxStore {

    /** How many ReCharge calls the store answered, how many were throttled, and how many were faulted. */
    public record Counters(long requests, long throttled, long faults) {
    }

    private final long id;
    private final Instant createdAt;
    private final Clock clock;
    private final Duration historyRetention;
    private final AtomicLong generations = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private final AtomicLong faults = new AtomicLong();
    final StoreAccess access;
    final FaultPlan faultPlan;
    final LiveActivity live;
    private final Map<Long, Corruption> corrupted = new ConcurrentHashMap<>();
    private volatile StoreSpec spec;
    private volatile StoreData data;
    private volatile Runnable changed = () -> { };

    SandboxStore(long id, StoreSpec spec, Clock clock, LongSupplier nanoTime, Duration historyRetention) {
        this(id, spec, clock.instant(), clock, nanoTime, historyRetention);
    }

    /** A store created at {@code createdAt}: the same spec and creation time generate the same orders. */
    SandboxStore(long id, StoreSpec spec, Instant createdAt, Clock clock, LongSupplier nanoTime, Duration historyRetention) {
        this.id = id;
        this.spec = spec;
        this.clock = clock;
        this.createdAt = createdAt;
        this.historyRetention = historyRetention;
        this.access = new StoreAccess(spec.rateLimit(), nanoTime);
        this.faultPlan = new FaultPlan(spec.seed());
        this.data = StoreGenerator.generate(spec, createdAt, generations.incrementAndGet(), historyRetention);
        this.live = spec.live() == null ? null : new LiveActivity(spec.live(), clock.instant());
    }

    public long id() {
        return id;
    }

    public String name() {
        return spec.name();
    }

    public StoreSpec spec() {
        return spec.withRateLimit(access.rateLimit());
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Every order as it is now, by id ascending. */
    public List<SandboxOrder> orders() {
        StoreData current = data;
        return current.read(() -> current.byId().values().stream().map(SandboxOrder::from).toList());
    }

    public Optional<SandboxOrder> order(long orderId) {
        StoreData current = data;
        return current.read(() -> Optional.ofNullable(current.byId().get(orderId)).map(SandboxOrder::from));
    }

    public int orderCount() {
        return data.orderCount();
    }

    /** The catalog; in platform mode too, where {@code /products} refuses to list it. */
    public List<SandboxProduct> products() {
        return data.products.stream().map(SandboxProduct::from).toList();
    }

    public Counters counters() {
        return new Counters(requests.get(), throttled.get(), faults.get());
    }

    /** Creates orders now (created_at = updated_at = now), answering their ids. */
    public List<Long> addOrders(int count) {
        SandboxInputException.check(count >= 1 && count <= 10_000, "count must be between 1 and 10000");
        return data.addNow(count, clock.instant().getEpochSecond());
    }

    /** Changes an order and sets its updated_at to now; false if the store has no such order. */
    public boolean updateOrder(long orderId, OrderUpdate update) {
        long nowMillis = clock.millis();
        return data.update(orderId, nowMillis, current -> new StoreData.RevisionChange(
                update.status() == null ? current.status : update.status(),
                update.shippingAddress() == null ? current.shippingAddress
                        : current.shippingAddress.withChanges(update.shippingAddress()),
                update.note() == null ? current.note : update.note(),
                "success".equals(update.status()) && current.processedAt == null ? Long.valueOf(nowMillis / 1000) : current.processedAt));
    }

    /** Issues a token; {@code prefix} such as {@code sk_2x1_} multiplies its rate limit as on ReCharge. */
    public String issueToken(List<String> scopes, String prefix) {
        SandboxInputException.check(scopes != null && Token.KNOWN_SCOPES.containsAll(scopes),
                "scopes must be among " + String.join(", ", Token.KNOWN_SCOPES.stream().sorted().toList()));
        SandboxInputException.check(Token.validPrefix(prefix), "prefix must look like sk_2x1_ (leak x bucket multipliers)");
        String token = access.issue(prefix, "sandbox token " + (access.tokens().size() + 1), scopes).value();
        changed.run();
        return token;
    }

    public boolean revokeToken(String token) {
        boolean revoked = access.revoke(token);
        changed.run();
        return revoked;
    }

    /** The store's access tokens, as ReCharge's token screen would list them. */
    public List<String> tokens() {
        return access.tokens().stream().map(Token::value).sorted().toList();
    }

    public void injectFault(FaultSpec fault) {
        faultPlan.add(fault);
    }

    public void clearFaults() {
        faultPlan.clear();
    }

    /** From now on {@code GET /orders} sends this order broken as {@code corruption} says; the truth is unchanged. */
    public void corruptOrder(long orderId, Corruption corruption) {
        corrupted.put(orderId, corruption);
    }

    public void clearCorruptions() {
        corrupted.clear();
    }

    Map<Long, Corruption> corrupted() {
        return corrupted;
    }

    public void rateLimit(StoreSpec.RateLimit rateLimit) {
        access.rateLimit(rateLimit);
        changed.run();
    }

    /** Called after each change of what {@link SavedStores} keeps: tokens and rate limit. */
    void onChange(Runnable listener) {
        changed = listener;
    }

    /** Back to the seeded orders; tokens, faults and rate limit stay, cursors issued before are invalid. */
    public void reset() {
        data = StoreGenerator.generate(spec, createdAt, generations.incrementAndGet(), historyRetention);
    }

    StoreData data() {
        return data;
    }

    Clock clock() {
        return clock;
    }

    void countRequest() {
        requests.incrementAndGet();
    }

    void countThrottled() {
        throttled.incrementAndGet();
    }

    void countFault() {
        faults.incrementAndGet();
    }
}
