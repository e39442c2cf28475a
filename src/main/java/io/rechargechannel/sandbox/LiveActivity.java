package io.rechargechannel.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
            store.addOrders(newOrders);
        }
        for (Long orderId : victims(store.data(), updates)) {
            store.updateOrder(orderId, change(store.data().read(() -> store.data().byId().get(orderId).current().status),
                    store.data()));
        }
    }

    private static List<Long> victims(StoreData data, int count) {
        return data.write(() -> {
            List<Long> ids = new ArrayList<>(count);
            if (data.byId().isEmpty()) {
                return ids;
            }
            SplittableRandom random = data.random();
            long first = data.byId().firstKey();
            long span = data.byId().lastKey() - first + 1;
            for (int i = 0; i < count; i++) {
                ids.add(data.byId().ceilingKey(first + random.nextLong(span)));
            }
            return ids;
        });
    }

    /** Queued orders get processed; others get a corrected address, as customers do. */
    private static OrderUpdate change(String status, StoreData data) {
        if ("queued".equals(status)) {
            return new OrderUpdate("success", null, null);
        }
        String street = data.write(() -> Places.street(data.random()));
        return new OrderUpdate(null, Map.of("address1", street), null);
    }
}
