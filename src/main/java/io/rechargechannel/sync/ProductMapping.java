package io.rechargechannel.sync;

import io.rechargechannel.catalog.IncomingProduct;
import io.rechargechannel.recharge.ReChargeProduct;
import io.rechargechannel.recharge.ReChargeVariant;
import io.rechargechannel.recharge.WireRecord;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** A 2021-11 catalog product becomes an {@link IncomingProduct}; unreadable ones are skipped and counted. */
final class ProductMapping {

    private ProductMapping() {
    }

    static List<IncomingProduct> map(List<WireRecord<ReChargeProduct>> records) {
        return records.stream()
                .filter(WireRecord::ok)
                .map(WireRecord::value)
                .filter(p -> p.externalProductId() != null)
                .map(ProductMapping::map)
                .toList();
    }

    private static IncomingProduct map(ReChargeProduct p) {
        return new IncomingProduct(p.externalProductId(), p.title() == null ? "" : p.title(), p.vendor(),
                p.variants().stream().filter(v -> v.externalVariantId() != null).map(ProductMapping::variant).toList());
    }

    private static IncomingProduct.Variant variant(ReChargeVariant v) {
        BigDecimal price = v.prices() == null ? null : v.prices().unitPrice();
        return new IncomingProduct.Variant(v.externalVariantId(), v.sku(), v.title(), price, grams(v.dimensions()));
    }

    private static Integer grams(ReChargeVariant.Dimensions d) {
        if (d == null || d.weight() == null) {
            return null;
        }
        BigDecimal factor = switch (d.weightUnit() == null ? "g" : d.weightUnit().toLowerCase()) {
            case "kg" -> BigDecimal.valueOf(1000);
            case "lb" -> new BigDecimal("453.59237");
            case "oz" -> new BigDecimal("28.349523125");
            default -> BigDecimal.ONE;
        };
        return d.weight().multiply(factor).setScale(0, RoundingMode.HALF_UP).intValue();
    }
}
