package io.rechargechannel.stock;

import java.util.Set;

/**
 * Stock of one warehouse moved: goods received, a stock count, a despatch. Fired synchronously inside the change's
 * own transaction, after its ledger rows are written, so that observers (the orders' attention lane: "not enough
 * stock") judge again, in the same transaction, the orders whose picture changed. Observers only write rows; they
 * never call out.
 *
 * @param skus     the SKUs whose available stock (on hand less allocated) changed: the orders waiting for them may
 *                 now have enough, or no longer. A despatch of allocated lines with Auto Sync Stock lowers on hand and
 *                 allocated alike, so it names none: nobody else's picture changed.
 * @param orderIds the orders the movements were for (a despatch's orders, whose own lines gave their stock up)
 */
public record StockMoved(long warehouseId, Set<String> skus, Set<Long> orderIds) {

    public StockMoved {
        skus = Set.copyOf(skus);
        orderIds = Set.copyOf(orderIds);
    }
}
