package io.rechargechannel.despatch;

import java.time.Instant;
import java.util.List;

/**
 * The paper that goes in the parcel, in the channel's brand (its own fields, General Settings' where empty).
 *
 * @param shipTo the address as lines, empty ones left out
 */
public record PackingSlip(long orderId, String orderNumber, Instant orderedAt, String customer, List<String> shipTo,
                          String shippingMethod, List<Line> lines, String brandName, String logoUrl, String accentColour,
                          String companyName, String companyAddress, String companyEmail, String companyWebsite,
                          String carrierName, String trackingNumber) {

    /** One line of the order. */
    public record Line(String sku, String title, int quantity) {
    }

    public int units() {
        return lines.stream().mapToInt(Line::quantity).sum();
    }
}
