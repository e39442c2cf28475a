package io.rechargechannel.stock;

/**
 * One change to one stock level, as a ledger row will tell it.
 *
 * @param orderId the order the change is for, or null (a receipt, a count)
 */
public record StockMove(long warehouseId, String sku, MovementKind kind, int onHandDelta, int allocatedDelta,
                        String reason, Long orderId) {
}
