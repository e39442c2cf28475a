package io.rechargechannel.sandbox;

import java.util.List;

/**
 * The parts of an order that never change after creation. What does change (status, shipping address,
 * note, updated_at) lives in {@link OrderRevision}s, so that listings can be evaluated at a snapshot.
 */
record OrderBody(long id, long addressId, long chargeId, long externalOrderNumber, Customer customer,
                 List<LineItem> lines, ShippingRate shipping, boolean recurring, boolean prepaid, String tags,
                 String currency, long createdAt, long scheduledAt) {

    long subtotalCents() {
        long sum = 0;
        for (LineItem line : lines) {
            sum += line.totalCents();
        }
        return sum;
    }

    int weightGrams() {
        int sum = 0;
        for (LineItem line : lines) {
            sum += line.variant().grams() * line.quantity();
        }
        return sum;
    }
}
