package io.rechargechannel.stock;

import java.util.Set;

/**
 * On hand of some SKUs in one warehouse changed: goods received, a stock count, a despatch. Fired synchronously
 * inside the change's own transaction, after its ledger rows are written, so that observers (the orders' attention
 * lane: "not enough stock") judge the orders waiting for those SKUs again in the same transaction.
 * Observers only write rows; they never call out.
 */
public record StockMoved(long warehouseId, Set<String> skus) {
}
