package io.rechargechannel.orders;

import java.time.Instant;

/**
 * One order as the board lists it: enough to read at a glance.
 *
 * @param items what the order holds, such as {@code 2 × COFFEE-1KG, 1 × FILTERS}
 * @param units how many units in all
 */
public record BoardRow(long id, long channelId, long rechargeOrderId, String number, String customerName,
                       String customerEmail, String items, int units, FulfilmentStatus status,
                       String attentionReason, Instant attentionSince, String holdReason, Instant placedAt,
                       String shipCountryCode) {
}
