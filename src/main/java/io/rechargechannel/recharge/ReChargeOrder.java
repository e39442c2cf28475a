package io.rechargechannel.recharge;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An order as ReCharge 2021-11 sends it. {@code status} and {@code type} stay raw strings: which of them
 * reach the warehouse is decided where orders are imported.
 */
public record ReChargeOrder(long id, String status, String type, ExternalId externalOrderId,
                            ExternalId externalOrderNumber, ExternalId externalOrderName, ReChargeCharge charge,
                            ReChargeCustomer customer, ReChargeAddress shippingAddress,
                            ReChargeAddress billingAddress, List<ReChargeLineItem> lineItems,
                            List<ReChargeShippingLine> shippingLines, String currency, BigDecimal subtotalPrice,
                            BigDecimal totalPrice, BigDecimal totalTax, BigDecimal totalDiscounts,
                            Integer totalWeightGrams, String tags, String note, Boolean isPrepaid,
                            OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime processedAt,
                            OffsetDateTime scheduledAt) {

    public ReChargeOrder {
        if (id <= 0) {
            throw new IllegalArgumentException("an order needs a positive id");
        }
        lineItems = lineItems == null ? List.of() : List.copyOf(lineItems);
        shippingLines = shippingLines == null ? List.of() : List.copyOf(shippingLines);
    }
}
