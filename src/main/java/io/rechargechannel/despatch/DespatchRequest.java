package io.rechargechannel.despatch;

/**
 * One order to despatch, named by its id or by its order number (as ReCharge and the shop show it: {@code 1001}
 * or {@code #1001}).
 *
 * @param row where it stands in a bulk request or CSV file, from 1; 1 for a single despatch
 */
public record DespatchRequest(int row, Long orderId, String orderNumber, String carrier, String trackingNumber) {

    public static DespatchRequest single(long orderId, String carrier, String trackingNumber) {
        return new DespatchRequest(1, orderId, null, carrier, trackingNumber);
    }
}
