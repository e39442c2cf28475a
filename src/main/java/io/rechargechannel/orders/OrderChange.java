package io.rechargechannel.orders;

/**
 * An order that a committed transaction wrote, as the live board hears of it.
 *
 * @param change what happened: imported, updated, held, released, despatched, cancelled, attention
 */
public record OrderChange(long id, long rechargeOrderId, String fulfilmentStatus, String change) {
}
