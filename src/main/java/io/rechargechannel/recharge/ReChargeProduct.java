package io.rechargechannel.recharge;

import java.util.List;

/** A 2021-11 catalog product (custom/PIM stores only); its ids are plain strings, unlike an order's. */
public record ReChargeProduct(String externalProductId, String title, String vendor, String brand,
                              Boolean requiresShipping, List<ReChargeVariant> variants) {

    public ReChargeProduct {
        variants = variants == null ? List.of() : List.copyOf(variants);
    }
}
