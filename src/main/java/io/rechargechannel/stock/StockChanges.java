package io.rechargechannel.stock;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * What one import does to stock: per warehouse and SKU, how much more (or less) is allocated. Kept in
 * (warehouse, SKU) order, the order in which {@link StockAllocator} locks the rows: channels importing
 * side by side into one warehouse share SKUs, and rows locked in page order deadlocked.
 */
public final class StockChanges {

    record Key(long warehouseId, String sku) {
    }

    private final Map<Key, Integer> allocated = new TreeMap<>(
            Comparator.comparingLong(Key::warehouseId).thenComparing(Key::sku));

    /** A line now holds {@code quantity} of the SKU. */
    public void take(long warehouseId, String sku, int quantity) {
        allocated.merge(new Key(warehouseId, sku), quantity, Integer::sum);
    }

    /** A line held {@code quantity} and no longer does. */
    public void giveBack(long warehouseId, String sku, int quantity) {
        allocated.merge(new Key(warehouseId, sku), -quantity, Integer::sum);
    }

    /** The SKU needs a stock row in the warehouse, even with nothing allocated. */
    public void mention(long warehouseId, String sku) {
        allocated.merge(new Key(warehouseId, sku), 0, Integer::sum);
    }

    /** SKUs whose allocation shrinks, in lock order. */
    Map<Key, Integer> givenBack() {
        return only(change -> change < 0);
    }

    /** SKUs whose allocation grows or that need a stock row, in lock order. */
    Map<Key, Integer> takenOrMentioned() {
        return only(change -> change >= 0);
    }

    private Map<Key, Integer> only(IntPredicate which) {
        Map<Key, Integer> selected = new LinkedHashMap<>();
        allocated.forEach((key, change) -> {
            if (which.test(change)) {
                selected.put(key, change);
            }
        });
        return selected;
    }
}
