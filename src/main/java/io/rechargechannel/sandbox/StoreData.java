package io.rechargechannel.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The orders and catalog of one store generation, indexed by id and by updated_at. Every change bumps the
 * sequence number; listings read at a snapshot sequence (see {@link OrderRevision}). A reset replaces the
 * whole object, and its {@code generation} makes cursors from before the reset invalid.
 */
final class StoreData {

    final long generation;
    final List<Product> products;
    final String currency;
    private final OrderFactory factory;
    private final Duration historyRetention;
    private final TreeMap<Long, StoredOrder> byId = new TreeMap<>();
    private final TreeSet<OrderRevision> byUpdatedAt = new TreeSet<>(OrderRevision.BY_UPDATED_AT);
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private long seq = 1;

    StoreData(long generation, List<Product> products, String currency, OrderFactory factory,
              Duration historyRetention) {
        this.generation = generation;
        this.products = products;
        this.currency = currency;
        this.factory = factory;
        this.historyRetention = historyRetention;
    }

    /** Adds an order at the current sequence; for generation (under construction, so no lock) and live use. */
    StoredOrder add(long createdAt, long updatedAt, String status, Long processedAt) {
        OrderBody body = factory.newBody(createdAt, status);
        OrderRevision first = new OrderRevision(body.id(), seq, updatedAt, status,
                body.customer().address(), null, processedAt);
        StoredOrder order = new StoredOrder(body, first);
        byId.put(body.id(), order);
        byUpdatedAt.add(first);
        return order;
    }

    List<Long> addNow(int count, long nowSeconds) {
        return write(() -> {
            List<Long> ids = new java.util.ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                seq++;
                String status = factory.random().nextInt(4) == 0 ? "queued" : "success";
                ids.add(add(nowSeconds, nowSeconds, status, "success".equals(status) ? nowSeconds : null).id());
            }
            return ids;
        });
    }

    /** Applies a change to an order's current revision; false if there is no such order. */
    boolean update(long orderId, long nowMillis, Function<OrderRevision, RevisionChange> change) {
        return write(() -> {
            StoredOrder order = byId.get(orderId);
            if (order == null) {
                return false;
            }
            OrderRevision current = order.current();
            RevisionChange wanted = change.apply(current);
            OrderRevision next = new OrderRevision(orderId, ++seq, Math.max(nowMillis / 1000, current.updatedAt),
                    wanted.status(), wanted.shippingAddress(), wanted.note(), wanted.processedAt());
            order.supersede(next, nowMillis);
            byUpdatedAt.add(next);
            order.pruneBefore(nowMillis - historyRetention.toMillis()).forEach(byUpdatedAt::remove);
            return true;
        });
    }

    /** The fields an update may set; unchanged ones are copied from the current revision. */
    record RevisionChange(String status, Address shippingAddress, String note, Long processedAt) {
        static RevisionChange of(OrderRevision current) {
            return new RevisionChange(current.status, current.shippingAddress, current.note, current.processedAt);
        }
    }

    long sequence() {
        return read(() -> seq);
    }

    int orderCount() {
        return read(byId::size);
    }

    TreeMap<Long, StoredOrder> byId() {
        return byId;
    }

    TreeSet<OrderRevision> byUpdatedAt() {
        return byUpdatedAt;
    }

    /** Live changes pick their victims with the store's own seeded random; use it under the write lock. */
    java.util.SplittableRandom random() {
        return factory.random();
    }

    <T> T read(Supplier<T> action) {
        lock.readLock().lock();
        try {
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    <T> T write(Supplier<T> action) {
        lock.writeLock().lock();
        try {
            return action.get();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
