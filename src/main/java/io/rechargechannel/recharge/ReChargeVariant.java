package io.rechargechannel.recharge;

import java.math.BigDecimal;

public record ReChargeVariant(String externalVariantId, String sku, String title, Prices prices,
                              Dimensions dimensions) {

    public record Prices(BigDecimal unitPrice, BigDecimal compareAtPrice) {
    }

    public record Dimensions(BigDecimal weight, String weightUnit) {
    }
}
