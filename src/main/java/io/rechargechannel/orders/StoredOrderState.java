package io.rechargechannel.orders;

import java.time.Instant;

/**
 * What the importer needs to know of an order already stored, read under a row lock.
 *
 * @param shipTo the shipping address and method as one text, to tell the timeline whether they changed
 */
record StoredOrderState(long id, long rechargeOrderId, Instant updatedAt, String contentHash,
                        FulfilmentStatus status, boolean released, boolean held, String rechargeStatus,
                        String shipTo) {

    /** Newer data always wins; data of the same instant wins only if it differs (second-precision timestamps). */
    boolean isOlderThan(IncomingOrder incoming) {
        int byTime = updatedAt.compareTo(incoming.updatedAt());
        return byTime < 0 || (byTime == 0 && !contentHash.equals(incoming.contentHash()));
    }

    FulfilmentRules.Current current() {
        return new FulfilmentRules.Current(status, released, held);
    }

    /** The same text as {@link #shipTo} for an incoming order, in the same column order as the stored one. */
    static String shipTo(IncomingOrder order) {
        IncomingOrder.ShipTo s = order.shipTo();
        return s == null ? "|||||||||" + nonNull(order.shippingMethod())
                : String.join("|", nonNull(s.company()), nonNull(s.address1()), nonNull(s.address2()),
                nonNull(s.city()), nonNull(s.province()), nonNull(s.zip()), nonNull(s.countryCode()),
                nonNull(s.phone()), nonNull(order.shippingMethod()));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
