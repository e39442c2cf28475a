package io.rechargechannel.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order as a sales channel reports it, already validated and mapped to the warehouse's terms.
 * The importer stores it; it knows nothing of ReCharge's JSON.
 */
public record IncomingOrder(
        long rechargeOrderId,
        String externalOrderId,
        String externalOrderNumber,
        String externalOrderName,
        Long chargeId,
        String chargeStatus,
        String rechargeStatus,
        String rechargeType,
        String customerEmail,
        String firstName,
        String lastName,
        ShipTo shipTo,
        String shippingMethod,
        String currency,
        BigDecimal subtotalPrice,
        BigDecimal totalTax,
        BigDecimal totalDiscounts,
        BigDecimal totalPrice,
        Integer totalWeightGrams,
        String tags,
        String note,
        Instant createdAt,
        Instant updatedAt,
        Instant processedAt,
        Instant scheduledAt,
        List<Line> lines,
        String contentHash) {

    public record ShipTo(String company, String address1, String address2, String city, String province,
                         String zip, String countryCode, String phone) {
    }

    public record Line(Long purchaseItemId, String purchaseItemType, String externalProductId,
                       String externalVariantId, String sku, String title, String variantTitle, int quantity,
                       BigDecimal unitPrice, BigDecimal totalPrice, Integer grams) {
    }
}
