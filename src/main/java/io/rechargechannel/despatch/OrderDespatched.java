package io.rechargechannel.despatch;

import java.time.Instant;

/**
 * An order has left the warehouse: one of the {@link OrdersDespatched} a despatch request fires.
 *
 * @param despatchId  the despatch record: repeating the same despatch fires nothing new; a new despatch of the
 *                    same order (never, today: another tracking number is refused) would have a new id
 * @param trackingUrl the carrier's tracking page with the tracking number URL-encoded into it; null when the
 *                    carrier has no tracking page
 */
public record OrderDespatched(long orderId, long channelId, long despatchId, String carrierCode, String carrierName,
                              String trackingNumber, String trackingUrl, Instant despatchedAt) {
}
