package io.rechargechannel.stock;

import java.time.Instant;

/**
 * One SKU's stock in one warehouse as the floor reads it.
 *
 * @param title          the product (and variant) title of a synced product with the SKU, or null
 * @param lastMovementAt the newest ledger row's time, or null when the SKU has none
 */
public record StockRow(long warehouseId, String sku, String title, int onHand, int allocated, int available,
                       Instant lastMovementAt) {
}
