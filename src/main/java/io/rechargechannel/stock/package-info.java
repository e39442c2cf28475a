/**
 * Stock per warehouse and SKU: on hand, allocated to released orders, and available (the difference).
 * Allocation is per order line, so it is idempotent however often an order is read.
 */
package io.rechargechannel.stock;
