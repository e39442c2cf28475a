package io.rechargechannel.sandbox;

/** One sellable variant: the SKU and its external variant id never change, so order lines stay consistent. */
record Variant(String externalVariantId, String sku, String title, long priceCents, int grams) {
}
