package io.rechargechannel.sandbox;

import java.math.BigDecimal;
import java.util.List;

/** Read-only truth about one catalog product of a sandbox store (present in both catalog modes). */
public record SandboxProduct(String externalProductId, String title, List<Variant> variants) {

    public record Variant(String externalVariantId, String sku, String title, BigDecimal price, int grams) {
    }

    static SandboxProduct from(Product product) {
        return new SandboxProduct(product.externalProductId(), product.title(), product.variants().stream()
                .map(v -> new Variant(v.externalVariantId(), v.sku(), v.title(), BigDecimal.valueOf(v.priceCents(), 2),
                        v.grams()))
                .toList());
    }
}
