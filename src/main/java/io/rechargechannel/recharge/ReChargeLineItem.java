package io.rechargechannel.recharge;

import java.math.BigDecimal;

/** One line of an order; {@code sku} and {@code external_variant_id} are the reliable SKU source. */
public record ReChargeLineItem(Long purchaseItemId, String purchaseItemType, ExternalId externalProductId,
                               ExternalId externalVariantId, String sku, String title, String variantTitle,
                               Integer quantity, Integer grams, BigDecimal unitPrice, BigDecimal totalPrice,
                               BigDecimal originalPrice) {
}
