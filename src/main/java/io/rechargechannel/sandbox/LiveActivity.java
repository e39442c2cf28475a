package io.rechargechannel.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes a live store behave like a busy one: on each tick it adds the orders and updates due since the last
 * tick (fractions carry over), so the rate holds whatever the tick interval.
 */
final class LiveActivity {

    private final StoreSpec.Live rates;
    private Instant lastTick;
    private double ordersDue;
    private double updatesDue;

    LiveActivity(StoreSpec.Live rates, Instant start) {
        this.rates = rates;
        this.lastTick = start;
    }

    synchronized void tick(SandboxStore store, Instant now) {
        double minutes = Duration.between(lastTick, now).toMillis() / 60_000.0;
        lastTick = now;
        ordersDue += rates.ordersPerMinute() * minutes;
        updatesDue += rates.updatesPerMinute() * minutes;
        int newOrders = (int) ordersDue;
        int updates = (int) updatesDue;
        ordersDue -= newOrders;
        updatesDue -= updates;
        if (newOrders > 0) {
            store.addOrders(Math.min(newOrders, 10_000));
        }
        plannedUpdates(store.data(), updates).forEach(store::updateOrder);
    }

    /** Random orders and what happens to them: queued ones get processed, others get a corrected street. */
    private static Map<Long, OrderUpdate> plannedUpdates(StoreData data, int count) {
        return data.write(() -> {
            Map<Long, OrderUpdate> planned = new LinkedHashMap<>();
            if (data.byId().isEmpty()) {
                return planned;
            }
            SplittableRandom random = data.random();
            long first = data.byId().firstKey();
            long span = data.byId().lastKey() - first + 1;
            for (int i = 0; i < count; i++) {
                StoredOrder order = data.byId().ceilingEntry(first + random.nextLong(span)).getValue();
                planned.put(order.id(), "queued".equals(order.current().status)
                        ? new OrderUpdate("success", null, null)
                        : new OrderUpdate(null, Map.of("address1", Places.street(random)), null));
            }
            return planned;
        });
    }
}
