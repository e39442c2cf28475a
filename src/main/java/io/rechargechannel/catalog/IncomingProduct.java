package io.rechargechannel.catalog;

import java.math.BigDecimal;
import java.util.List;

/** A product as a sales channel's catalog reports it, mapped to the warehouse's terms. */
public record IncomingProduct(String externalProductId, String title, String vendor, List<Variant> variants) {

    public record Variant(String externalVariantId, String sku, String title, BigDecimal unitPrice, Integer weightGrams) {
    }
}
